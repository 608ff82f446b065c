// Keeps focus off <body>: when the focused element is removed or disabled by a re-render (a card ticked into another
// column, a dropped card, a screen that changed), focus moves to the same card in its new place or to the screen's start.
import { useEffect } from 'react';
import { cardElement, focusHome } from './focusHome';

const lost = (el: HTMLElement | null) => !!el && (!el.isConnected || el.matches(':disabled'));

const ENABLED = 'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), a[href]';

/** The first enabled control in the disabled element's group, or failing that, in its toolbar. */
function enabledNear(el: HTMLElement): HTMLElement | null {
  return el.parentElement?.querySelector<HTMLElement>(ENABLED) ?? el.closest('[role="toolbar"]')?.querySelector<HTMLElement>(ENABLED) ?? null;
}

/**
 * Focuses a card that moved column without scrolling first: scrolling needs the layout of the whole board, which on a
 * long board would hold up the frame the move is drawn in. The card is scrolled into view in the frame after.
 */
function followCard(el: HTMLElement): void {
  el.focus({ preventScroll: true });
  requestAnimationFrame(() => el.scrollIntoView?.({ block: 'nearest' }));
}

export function useFocusKeeper(): void {
  useEffect(() => {
    let last: HTMLElement | null = null;
    let lastCard: string | null = null;
    let lastWasCheckbox = false;
    const onFocusIn = (e: FocusEvent) => {
      if (!(e.target instanceof HTMLElement)) return;
      last = e.target;
      lastCard = e.target.closest<HTMLElement>('li[data-milestone-id]')?.dataset['milestoneId'] ?? null;
      lastWasCheckbox = e.target.matches('input[type="checkbox"]');
    };
    const restore = () => {
      if (document.activeElement !== document.body || !lost(last)) return;
      // An open modal dialog owns focus; it puts it back itself when it closes.
      if (document.querySelector('dialog[open]')) return;
      const card = lastCard ? cardElement(lastCard) : null;
      if (card) return followCard(lastWasCheckbox ? (card.querySelector<HTMLElement>('.card-check input') ?? card) : card);
      // A button that just disabled itself (Undo with nothing left to undo): its enabled neighbour (Redo) is next.
      const neighbour = last?.isConnected ? enabledNear(last) : null;
      if (neighbour) neighbour.focus();
      else focusHome();
    };
    const observer = new MutationObserver(restore);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
    document.addEventListener('focusin', onFocusIn);
    return () => {
      observer.disconnect();
      document.removeEventListener('focusin', onFocusIn);
    };
  }, []);
}
