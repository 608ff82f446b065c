// src/renderer/src/features/compare/: the Compare screen: the four roles side by side.
// The four roles side by side, with the learner's head start on each through milestones they share.
import { useMemo } from 'react';
import { pathProgress } from '../../../../shared/progress';
import type { Roadmap, RoadmapSection } from '../../../../shared/roadmap';
import { ProgressBar } from '../../components/ProgressBar';
import { useApp } from '../../store/useApp';

const ROWS: Array<{ label: string; render: (r: Roadmap) => React.ReactNode }> = [
  { label: 'What they do', render: (r) => <Sourced roadmap={r} section="summary"><p>{r.summary}</p></Sourced> },
  { label: 'Responsibilities', render: (r) => <Sourced roadmap={r} section="responsibilities"><List items={r.responsibilities} /></Sourced> },
  {
    label: 'Skills',
    render: (r) => (
      <Sourced roadmap={r} section="skills">
        <dl className="skill-groups">
          {r.skills.map((group) => (
            <div key={group.area}>
              <dt>{group.area}</dt>
              <dd>{group.items.join(', ')}</dd>
            </div>
          ))}
        </dl>
      </Sourced>
    ),
  },
  {
    label: 'Success is measured by',
    render: (r) => (
      <Sourced roadmap={r} section="successMetrics">
        <ul className="plain-list">
          {r.successMetrics.map((m) => (
            <li key={m.name}>
              <strong>{m.name}</strong>: {m.description}
            </li>
          ))}
        </ul>
      </Sourced>
    ),
  },
  { label: 'Day to day', render: (r) => <Sourced roadmap={r} section="dayToDay"><List items={r.dayToDay} /></Sourced> },
  { label: 'Choose this if', render: (r) => <Sourced roadmap={r} section="chooseIf"><List items={r.chooseIf} /></Sourced> },
  {
    label: 'Market & pay',
    render: (r) => (
      <Sourced roadmap={r} section="market">
        {r.market ? <List items={r.market} /> : <p className="muted">No market facts for this path.</p>}
      </Sourced>
    ),
  },
];

/** A cell's content, with a note when Pathboard wrote it rather than taking it from the source article. */
function Sourced({ roadmap, section, children }: { roadmap: Roadmap; section: RoadmapSection; children: React.ReactNode }) {
  return (
    <>
      {children}
      {roadmap.notFromArticle?.includes(section) && (
        <p className="muted small not-from-article">Written for Pathboard: not from the source article.</p>
      )}
    </>
  );
}

function List({ items }: { items: string[] }) {
  return (
    <ul className="plain-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export function Compare() {
  const roadmaps = useApp((s) => s.roadmaps);
  const doc = useApp((s) => s.document);
  const activeId = doc?.activePathId ?? null;
  const choosePath = useApp((s) => s.choosePath);
  const progress = useMemo(
    () => new Map(roadmaps.map((r) => [r.id, doc ? pathProgress(r, doc) : null])),
    [roadmaps, doc],
  );

  return (
    <section className="compare" aria-labelledby="compare-title">
      <h2 id="compare-title">Compare the paths</h2>
      <p className="lead">
        The roles share tools and fundamentals but differ in daily work and in how success is measured. Milestones
        you finish on one path count on every path that shares them: that is your head start.
      </p>
      <div className="compare-scroll">
        <table className="compare-table">
          <thead>
            <tr>
              <td />
              {roadmaps.map((r) => (
                <th key={r.id} scope="col">
                  <span className="compare-role">{r.title}</span>
                  {r.id === activeId && <span className="badge">Your path</span>}
                  <span className="compare-tagline">{r.tagline}</span>
                  <button
                    type="button"
                    className={`compare-choose ${r.id === activeId ? 'button secondary small' : 'button primary small'}`}
                    aria-label={`Choose ${r.title}`}
                    onClick={() => void choosePath(r.id)}
                  >
                    {r.id === activeId ? 'Back to this path' : 'Choose this path'}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="head-start-row">
              <th scope="row">Your head start</th>
              {roadmaps.map((r) => {
                const p = progress.get(r.id);
                return (
                  <td key={r.id}>
                    {p && (
                      <ProgressBar
                        label={`Head start on ${r.title}`}
                        percent={p.percent}
                        detail={`${p.done} of ${p.total} milestones · ${p.hoursDone} of ${p.hoursTotal} h`}
                      />
                    )}
                  </td>
                );
              })}
            </tr>
            {ROWS.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {roadmaps.map((r) => (
                  <td key={r.id}>{row.render(r)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
