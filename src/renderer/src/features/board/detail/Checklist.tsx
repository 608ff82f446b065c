// A milestone's checklist: one box per item, ticked and saved one at a time.
import type { Milestone } from '../../../../../shared/roadmap';
import { useApp } from '../../../store/useApp';
import { TickList } from './TickList';

export function Checklist({ milestone, ticked }: { milestone: Milestone; ticked: readonly number[] }) {
  const updateProgress = useApp((s) => s.updateProgress);
  if (milestone.checklist.length === 0) return null;
  return (
    <TickList
      className="checklist"
      legend={(n) => `Checklist (${n}/${milestone.checklist.length})`}
      items={milestone.checklist}
      ticked={ticked}
      onTick={(index, done) => void updateProgress(milestone.id, { step: { index, done } })}
    />
  );
}
