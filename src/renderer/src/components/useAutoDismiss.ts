// Information fades on its own after a few seconds; a pointer over it or focus inside it holds it until they leave.
import { useEffect, useRef, useState, type FocusEvent } from 'react';

export const INFO_FADE_MS = 6000;

export function useAutoDismiss(active: boolean, dismiss: () => void, key: unknown, ms = INFO_FADE_MS) {
  const [held, setHeld] = useState(false);
  const dismissRef = useRef(dismiss);
  dismissRef.current = dismiss;
  useEffect(() => {
    if (!active || held) return;
    const timer = setTimeout(() => dismissRef.current(), ms);
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
