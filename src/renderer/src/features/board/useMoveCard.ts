// Moves a card (to a column, at an index) and gives a gentle hint when it was started or finished out of order,
// or finished with checklist steps left unticked.
import { useCallback } from 'react';
import type { MilestoneStatus } from '../../../../shared/document';
import { boardCard, type BoardCard } from '../../../../shared/board';
import { selectPathView } from '../../store';
import { useStoreApi } from '../../store/useApp';

/** The hint after a move, or null when the move needs none. */
export function moveHint(card: BoardCard): string | null {
  const { milestone, status, needs, checklist } = card;
  if (status === 'in-progress' && needs.length > 0) {
    return `You started ${milestone.title} before its prerequisites: ${needs.join(', ')}. That is fine, they are marked on the card.`;
  }
  if (status !== 'done') return null;
  if (needs.length > 0) {
    return `You finished ${milestone.title} before its prerequisites: ${needs.join(', ')}. That is fine, they stay on your board.`;
  }
  if (checklist.done < checklist.total) {
    return `You marked ${milestone.title} done with ${checklist.done} of ${checklist.total} checklist steps ticked. That is fine, the steps are still there in its details.`;
  }
  return null;
}

export function useMoveCard() {
  const store = useStoreApi();
  return useCallback(
    async (milestoneId: string, status: MilestoneStatus, index: number | null) => {
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
