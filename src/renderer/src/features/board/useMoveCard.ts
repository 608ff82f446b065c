// Moves a card (to a column, at an index) and gives a gentle hint when it was started or finished out of order,
// or finished with checklist steps left unticked.
import { useCallback } from 'react';
import type { MilestoneStatus } from '../../../../shared/document';
import { boardCard, type BoardCard } from '../../../../shared/board';
import { selectPathView } from '../../store';
import type { Hint } from '../../store/messageSlice';
import { useStoreApi } from '../../store/useApp';
import { cardElement } from '../focus/focusHome';

/** The hint after a move, or null when the move needs none. */
export function moveHint(card: BoardCard): Hint | null {
  const { milestone, status, needs, checklist } = card;
  if (status === 'in-progress' && needs.length > 0) {
    const text = `You started ${milestone.title} before its prerequisites: ${needs.join(', ')}. That is fine, they are marked on the card.`;
    return { kind: 'started-early', text };
  }
  if (status !== 'done') return null;
  if (needs.length > 0) {
    const text = `You finished ${milestone.title} before its prerequisites: ${needs.join(', ')}. That is fine, they stay on your board.`;
    return { kind: 'finished-early', text };
  }
  if (checklist.done < checklist.total) {
    const text = `You marked ${milestone.title} done with ${checklist.done} of ${checklist.total} checklist steps ticked. That is fine, the steps are still there in its details.`;
    return { kind: 'checklist-unticked', text };
  }
  return null;
}

/**
 * When the card that moves has the focus (the card, or its done box), the focus goes with it; with `take`, the card
 * takes the focus wherever it was (a drop, a shortcut key). Taking it off the card before the card leaves its column,
 * while the page's layout is still clean, costs nothing; a focused element that is removed, or focus given to the card
 * in the same frame, would each make the browser lay out the whole board first. The card takes the focus once the
 * frame that shows it in its new place is painted, unless the learner went elsewhere in the meantime.
 */
function carryFocus(milestoneId: string, to: MilestoneStatus, take: boolean): void {
  const active = document.activeElement as HTMLElement | null;
  const card = active?.closest<HTMLElement>('li[data-milestone-id]');
  const onCard = !!active && !!card && card.dataset['milestoneId'] === milestoneId;
  const onBox = onCard && active!.matches('.card-check input');
  const carried = onCard && (active === card || onBox);
  if (!carried && !take) return;
  if (carried) document.querySelector<HTMLElement>(`[data-column="${to}"]`)?.focus({ preventScroll: true });
  const waiting = document.activeElement;
  requestAnimationFrame(() =>
    setTimeout(() => {
      const moved = cardElement(milestoneId);
      const target = onBox ? moved?.querySelector<HTMLElement>('.card-check input') : moved;
      if (!target || document.activeElement !== waiting) return;
      target.focus({ preventScroll: true });
      target.scrollIntoView?.({ block: 'nearest' });
    }, 0),
  );
}

export function useMoveCard() {
  const store = useStoreApi();
  return useCallback(
    /** With `focus`, the moved card takes the focus (a drop, a shortcut key); otherwise only focus that was on it follows. */
    async (milestoneId: string, status: MilestoneStatus, index: number | null, { focus = false }: { focus?: boolean } = {}) => {
      carryFocus(milestoneId, status, focus);
      const state = store.getState();
      const ok = index === null ? await state.setStatus(milestoneId, status) : await state.moveMilestone(milestoneId, status, index);
      const after = store.getState();
      const view = selectPathView(after);
      const milestone = view?.byId.get(milestoneId);
      if (!ok || !view || !after.document || !milestone) return ok;
      after.hint(moveHint(boardCard(view, after.document, milestone)));
      return ok;
    },
    [store],
  );
}
