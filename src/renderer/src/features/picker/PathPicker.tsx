// src/renderer/src/features/picker/: the list of career paths to choose from.
// Lists the career paths; choosing one makes it the active path and opens its board.
import { useApp } from '../../store/useApp';

export function PathPicker() {
  const roadmaps = useApp((s) => s.roadmaps);
  const activeId = useApp((s) => s.document?.activePathId ?? null);
  const choosePath = useApp((s) => s.choosePath);
  const show = useApp((s) => s.show);

  return (
    <section className="picker" aria-labelledby="picker-title">
      <h2 id="picker-title">Choose your career path</h2>
      <p className="lead">
        Each path is a roadmap of milestones. Progress on a milestone that several paths share counts on all of
        them, so you can switch at any time. Not sure yet?{' '}
        <button type="button" className="link" onClick={() => show('compare')}>
          Compare the paths
        </button>{' '}
        or{' '}
        <button type="button" className="link" onClick={() => show('quiz')}>
          answer a few questions
        </button>
        .
      </p>
      <ul className="picker-grid">
        {roadmaps.map((r) => (
          <li key={r.id} className={`picker-card${r.id === activeId ? ' active' : ''}`}>
            <h3>{r.title}</h3>
            <p>{r.tagline}</p>
            <p className="muted">
              {r.milestones.length} milestones · {r.phases.length} phases
            </p>
            <button
              type="button"
              className="button primary"
              aria-label={`Choose ${r.title}`}
              onClick={() => void choosePath(r.id)}
            >
              {r.id === activeId ? 'Continue this path' : 'Choose this path'}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
