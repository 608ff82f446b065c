// Picks the corner for the message region where it covers none of the learner's work: never the focused element, and
// as little as it can of the detail panel and the selected card. It looks again on focus, scroll and resize.
import { useLayoutEffect, useState, type RefObject } from 'react';
import { useApp } from '../store/useApp';

/** The corners a message may sit in, in the order they are tried. */
export const CORNERS = ['bottom-right', 'bottom-left', 'top-right', 'top-left'] as const;
export type Corner = (typeof CORNERS)[number];

const area = (a: DOMRect, b: DOMRect): number =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

const outside = (e: Element | null): e is Element => !!e && !e.closest('.messages');

/** How much a region at `box` would hide: covering the focused element outweighs any amount of anything else. */
function cost(box: DOMRect, selectedId: string | null): number {
  const focused = document.activeElement && document.activeElement !== document.body ? document.activeElement : null;
  // Not CSS.escape: jsdom (the renderer tests) has none. An id is quoted, so only quotes and backslashes need escaping.
  const quoted = selectedId?.replace(/["\\]/g, '\\$&');
  const card = quoted ? document.querySelector(`li[data-milestone-id="${quoted}"]`) : null;
  const others = [document.querySelector('.detail-panel'), card].filter(outside);
  const hidden = outside(focused) ? area(box, focused.getBoundingClientRect()) : 0;
  return (hidden > 0 ? 1e9 : 0) + others.reduce((sum, e) => sum + area(box, e.getBoundingClientRect()), 0);
}

/** The narrowest the region gets to stay clear of the detail panel: below it, it covers the panel's edge instead. */
const NARROWEST = 200;

/** Tries the region in each corner (it moves on screen while measured) and leaves it in the one that hides least. */
function clearestCorner(el: HTMLElement, selectedId: string | null): Corner {
  el.style.width = '';
  let best: { corner: Corner; cost: number; width: string } | null = null;
  const tryCorners = (corners: readonly Corner[]) => {
    for (const c of corners) {
      el.dataset['corner'] = c;
      const here = cost(el.getBoundingClientRect(), selectedId);
      if (!best || here < best.cost) best = { corner: c, cost: here, width: el.style.width };
      if (here === 0) return;
    }
  };
  tryCorners(CORNERS);
  // In a small window every corner overlaps the detail panel: the region narrows to the room left of it.
  const panel = document.querySelector('.detail-panel');
  const room = panel ? panel.getBoundingClientRect().left - 24 : 0;
  if (best!.cost > 0 && room >= NARROWEST) {
    el.style.width = `${Math.floor(room)}px`;
    tryCorners(['bottom-left', 'top-left']);
  }
  const { corner, width } = best!;
  el.style.width = width;
  el.dataset['corner'] = corner;
  return corner;
}

export function useClearCorner(region: RefObject<HTMLElement | null>, key: unknown): Corner {
  const selectedId = useApp((s) => s.selectedId);
  const [corner, setCorner] = useState<Corner>(CORNERS[0]);
  useLayoutEffect(() => {
    const el = region.current;
    if (!el || key === undefined) return;
    const place = () => setCorner(clearestCorner(el, selectedId));
    let frame = 0;
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(place);
    };
    place();
    document.addEventListener('focusin', place);
    document.addEventListener('scroll', later, true);
    window.addEventListener('resize', later);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('focusin', place);
      document.removeEventListener('scroll', later, true);
      window.removeEventListener('resize', later);
    };
  }, [region, selectedId, key]);
  return corner;
}
