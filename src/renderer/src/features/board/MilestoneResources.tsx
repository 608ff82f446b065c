// What the detail panel adds about learning a milestone: whether it is optional, where to learn it (free or paid,
// when last checked, which part to do) and the jargon it uses.
import { useMemo } from 'react';
import { termsUsed } from '../../../../shared/glossary';
import { type Milestone, type ResourceCost, type ResourceKind } from '../../../../shared/roadmap';
import { linkProblem } from '../../../../shared/safeLink';
import { useApp } from '../../store/useApp';

export const RESOURCE_KIND_LABELS: Record<ResourceKind, string> = {
  course: 'Course',
  book: 'Book',
  docs: 'Documentation',
  tutorial: 'Tutorial',
  video: 'Video',
};

const COST_LABELS: Record<ResourceCost, string> = { free: 'Free', paid: 'Paid' };

export function MilestoneResources({ milestone }: { milestone: Milestone }) {
  const glossary = useApp((s) => s.glossary);
  const inPlan = useApp((s) => s.document?.progress[milestone.id]?.inPlan === true);
  const updateProgress = useApp((s) => s.updateProgress);
  const terms = useMemo(() => termsUsed(milestone, glossary), [milestone, glossary]);
  const resources = milestone.resources ?? [];

  return (
    <>
      {milestone.optional && (
        <div className="optional-note">
          <p>
            <span className="badge">Optional</span> Worth doing, but the role does not require it. Until you add it to
            your plan (or start it), it stays out of your percentage and your projected finish.
          </p>
          <label className="check-row">
            <input type="checkbox" checked={inPlan} onChange={(e) => void updateProgress(milestone.id, { inPlan: e.target.checked })} />
            <span>In my plan</span>
          </label>
        </div>
      )}
      {resources.length > 0 && (
        <section aria-labelledby={`resources-${milestone.id}`}>
          <h3 id={`resources-${milestone.id}`}>Where to learn it</h3>
          <ul className="plain-list">
            {resources.map((r) => (
              <li key={r.url}>
                {/* The main process opens https pop-ups in the learner's browser and denies everything else. */}
                {linkProblem(r.url) === null ? (
                  <a href={r.url} target="_blank" rel="noreferrer noopener">
                    {r.title}
                  </a>
                ) : (
                  r.title
                )}{' '}
                <span className="muted small">
                  · {RESOURCE_KIND_LABELS[r.kind]}
                  {r.cost && ` · ${COST_LABELS[r.cost]}`}
                  {r.checked && ` · checked ${r.checked}`}
                </span>
                {r.part && <p className="small resource-part">Do this part: {r.part}</p>}
              </li>
            ))}
          </ul>
          <p className="muted small">Links open in your web browser.</p>
        </section>
      )}
      {terms.length > 0 && (
        <section aria-labelledby={`terms-${milestone.id}`}>
          <h3 id={`terms-${milestone.id}`}>Terms used here</h3>
          <dl className="glossary">
            {terms.map((t) => (
              <div key={t.term}>
                <dt>{t.term}</dt>
                <dd>{t.definition}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </>
  );
}
