// One milestone on the board: order, phase, title, a done checkbox and a menu to move it to any column.
import { memo } from 'react';
import type { BoardCard } from '../../../../shared/board';
import { useApp } from '../../store/useApp';
import { CardMenu } from './CardMenu';

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

export const MilestoneCard = memo(function MilestoneCard({ card }: { card: BoardCard }) {
  const setStatus = useApp((s) => s.setStatus);
  const { milestone, phase, order, status, completedAt } = card;
  const done = status === 'done';

  return (
    <li className={`card card-${status}`} aria-label={milestone.title} data-milestone-id={milestone.id}>
      <div className="card-top">
        <span className="card-order" aria-label={`Step ${order}`}>
          #{order}
        </span>
        <span className="card-phase">{phase.title}</span>
        <CardMenu milestoneId={milestone.id} title={milestone.title} status={status} />
      </div>
      <label className="card-check">
        <input
          type="checkbox"
          checked={done}
          aria-label={`Mark ${milestone.title} done`}
          onChange={(e) => void setStatus(milestone.id, e.target.checked ? 'done' : 'todo')}
        />
        <span className="card-title">{milestone.title}</span>
      </label>
      <p className="card-summary">{milestone.summary}</p>
      <div className="card-meta">
        <span>{milestone.estimateHours} h</span>
        <span className="card-kind">{milestone.kind}</span>
        {done && completedAt && <span className="card-date">Done {dateFormat.format(new Date(completedAt))}</span>}
      </div>
    </li>
  );
});
