// What a milestone builds on, each with the column it is in now.
import { COLUMN_TITLES } from '../../../../../shared/board';
import type { PathView } from '../../../../../shared/pathView';
import { statusOf } from '../../../../../shared/progress';
import type { Milestone } from '../../../../../shared/roadmap';
import { useApp } from '../../../store/useApp';

export function Prerequisites({ view, milestone }: { view: PathView; milestone: Milestone }) {
  const doc = useApp((s) => s.document);
  const listed = milestone.prerequisites.filter((id) => view.byId.has(id));
  if (milestone.prerequisites.length === 0) return null;
  return (
    <section aria-label="Prerequisites">
      <h3>Prerequisites</h3>
      <ul className="plain-list">
        {listed.map((id) => (
          <li key={id}>
            {view.byId.get(id)!.title} <span className="muted">({COLUMN_TITLES[doc ? statusOf(doc, id) : 'todo']})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
