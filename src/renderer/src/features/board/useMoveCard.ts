// Moves a card (to a column, at an index) and says so when it was started before its prerequisites were done.
import { useCallback } from 'react';
import type { MilestoneStatus } from '../../../../shared/document';
import { boardCard } from '../../../../shared/board';
import { selectPathView } from '../../store';
import { useStoreApi } from '../../store/useApp';

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
      const needs = boardCard(view, after.document, milestone).needs;
      after.setInfo(
        status === 'in-progress' && needs.length > 0
          ? `You started ${milestone.title} before its prerequisites: ${needs.join(', ')}. That is fine, they are marked on the card.`
          : null,
      );
      return ok;
    },
    [store],
  );
}
