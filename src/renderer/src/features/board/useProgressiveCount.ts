// Renders a long list in slices: the first cards paint at once, the rest follow frame by frame.
import { useEffect, useState } from 'react';

const FIRST = 60;
const STEP = 150;

export function useProgressiveCount(total: number): number {
  const [shown, setShown] = useState(() => Math.min(total, FIRST));
  useEffect(() => {
    if (shown >= total) return;
    const frame = requestAnimationFrame(() => setShown((n) => Math.min(total, n + STEP)));
    return () => cancelAnimationFrame(frame);
  }, [shown, total]);
  return Math.min(total, Math.max(shown, FIRST));
}
