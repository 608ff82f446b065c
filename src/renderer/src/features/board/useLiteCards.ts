// Long columns (a board of hundreds of cards) draw the cards far from view as light placeholders (the title only) and
// draw each in full once it comes near the view, is focused or is pointed at. Short columns are always drawn in full.
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';

/** Columns up to this many cards are drawn in full: every built-in roadmap's columns are. */
export const LONG_COLUMN = 60;
/** A placeholder's height and the space below it (board.css): a block's height before it is first drawn. */
export const LITE_PITCH = 118;

export interface LiteCards {
  /** Whether the column is long enough to draw cards far from view as placeholders. */
  long: boolean;
  /** Cards drawn in full since they came near the view, were focused or pointed at. */
  upgraded: ReadonlySet<string>;
  /** Draws a placeholder in full (it was focused or pointed at). */
  upgrade: (id: string) => void;
}

export function useLiteCards(list: RefObject<HTMLElement | null>, count: number): LiteCards {
  const [upgraded, setUpgraded] = useState<ReadonlySet<string>>(() => new Set());
  const pending = useRef(new Set<string>());
  const long = count > LONG_COLUMN && typeof IntersectionObserver !== 'undefined';

  const upgrade = useCallback((id: string) => {
    setUpgraded((prev) => (prev.has(id) ? prev : new Set([...prev, id])));
  }, []);

  useEffect(() => {
    const root = list.current;
    if (!long || !root) return;
    // Near the view: within a column's height of its visible part. The lanes scroll a board by phase (its columns
    // grow with their cards); any other long column scrolls itself. Told by the class, not the computed style: reading
    // that in the first render made the browser work out the style of a thousand new cards before it was needed.
    const scroller = root.closest<HTMLElement>('.swimlanes') ?? root;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const id = (e.target as HTMLElement).dataset['milestoneId'];
          if (e.isIntersecting && id) pending.current.add(id);
        }
        if (pending.current.size === 0) return;
        const ids = [...pending.current];
        pending.current.clear();
        setUpgraded((prev) => new Set([...prev, ...ids]));
      },
      { root: scroller, rootMargin: '100% 0px' },
    );
    const observe = (within: Element) => {
      if (within.matches('li.card-lite')) observer.observe(within);
      else within.querySelectorAll('li.card-lite').forEach((li) => observer.observe(li));
    };
    // Placeholders that appear later (a card moved in, a block redrawn): only the added nodes are looked at.
    const added = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) observe(n);
    });
    // Watched from just after the first painted frame: watching a thousand placeholders took a fifth of a long board's
    // first render, and the cards that frame shows near the top are drawn in full anyway.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        observe(root);
        added.observe(root, { childList: true, subtree: true });
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      observer.disconnect();
      added.disconnect();
    };
  }, [list, long]);

  return useMemo(() => ({ long, upgraded, upgrade }), [long, upgraded, upgrade]);
}
