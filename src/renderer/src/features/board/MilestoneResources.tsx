// What the detail panel adds about learning a milestone: whether it is optional, free places to learn it, and the jargon it uses.
import { useMemo } from 'react';
import { termsUsed } from '../../../../shared/glossary';
import { HTTPS_LINK, type Milestone, type ResourceKind } from '../../../../shared/roadmap';
import { useApp } from '../../store/useApp';

export const RESOURCE_KIND_LABELS: Record<ResourceKind, string> = {
  course: 'Course',
  book: 'Book',
  docs: 'Documentation',
  tutorial: 'Tutorial',
  video: 'Video',
};

export function MilestoneResources({ milestone }: { milestone: Milestone }) {
  const glossary = useApp((s) => s.glossary);
  const terms = useMemo(() => termsUsed(milestone, glossary), [milestone, glossary]);
  const resources = milestone.resources ?? [];

  return (
    <>
      {milestone.optional && (
        <p className="optional-note">
          <span className="badge">Optional</span> Worth doing, but the role does not require it. Add it to your plan if
          it fits your goals.
        </p>
      )}
      {resources.length > 0 && (
        <section aria-labelledby={`resources-${milestone.id}`}>
          <h3 id={`resources-${milestone.id}`}>Where to learn it</h3>
          <ul className="plain-list">
            {resources.map((r) => (
              <li key={r.url}>
                {/* The main process opens https pop-ups in the learner's browser and denies everything else. */}
                {HTTPS_LINK.test(r.url) ? (
                  <a href={r.url} target="_blank" rel="noreferrer noopener">
                    {r.title}
                  </a>
                ) : (
                  r.title
                )}{' '}
                <span className="muted small">· {RESOURCE_KIND_LABELS[r.kind]}</span>
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
