// Information fades on its own after a few seconds; a pointer over it or focus inside it holds it until they leave.
import { useEffect, useEffectEvent, useState, type FocusEvent } from 'react';

export const INFO_FADE_MS = 6000;

export function useAutoDismiss(active: boolean, dismiss: () => void, key: unknown, ms = INFO_FADE_MS) {
  const [held, setHeld] = useState(false);
  // The latest dismiss, without restarting the timer when the caller passes a new function on each render.
  const onFade = useEffectEvent(dismiss);
  useEffect(() => {
    if (!active || held) return;
    const timer = setTimeout(() => onFade(), ms);
    return () => clearTimeout(timer);
  }, [active, held, key, ms]);
  return {
    onPointerEnter: () => setHeld(true),
    onPointerLeave: () => setHeld(false),
    onFocus: () => setHeld(true),
    onBlur: (e: FocusEvent<HTMLElement>) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setHeld(false);
    },
  };
}
