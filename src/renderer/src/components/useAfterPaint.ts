// A value that follows its source once the browser has painted the frame the source changed in: for work the learner
// does not need in that frame (the header's projected finish), so a card move is drawn without waiting for it.
import { useEffect, useState } from 'react';

/** `value`, one painted frame late; null until the first frame is painted. */
export function useAfterPaint<T>(value: T): T | null {
  const [shown, setShown] = useState<T | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A task queued from an animation frame runs after that frame is painted.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(() => value), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [value]);
  return shown;
}
