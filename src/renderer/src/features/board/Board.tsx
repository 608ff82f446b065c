// The kanban board of the active path: To do, In progress and Done, cards in roadmap order.
import { useMemo } from 'react';
import { boardColumns, COLUMN_TITLES } from '../../../../shared/board';
import type { MilestoneStatus } from '../../../../shared/document';
import { selectActiveRoadmap } from '../../store';
import { useApp } from '../../store/useApp';
import { MilestoneCard } from './MilestoneCard';

const VISIBLE_COLUMNS: MilestoneStatus[] = ['todo', 'in-progress', 'done'];

export function Board() {
  const roadmap = useApp(selectActiveRoadmap);
  const document = useApp((s) => s.document);
  const columns = useMemo(
    () => (roadmap && document ? boardColumns(roadmap, document) : null),
    [roadmap, document],
  );
  if (!roadmap || !columns) return null;

  return (
    <section className="board" aria-label={`${roadmap.title} board`}>
      {VISIBLE_COLUMNS.map((status) => (
        <section key={status} className={`column column-${status}`} aria-labelledby={`column-${status}`}>
          <header className="column-header">
            <h2 id={`column-${status}`}>{COLUMN_TITLES[status]}</h2>
            <span className="count" aria-label={`${columns[status].length} milestones`}>
              {columns[status].length}
            </span>
          </header>
          <ol className="column-cards" aria-label={`${COLUMN_TITLES[status]} milestones`}>
            {columns[status].map((card) => (
              <MilestoneCard key={card.milestone.id} card={card} />
            ))}
          </ol>
          {columns[status].length === 0 && <p className="column-empty">Nothing here yet.</p>}
        </section>
      ))}
    </section>
  );
}
