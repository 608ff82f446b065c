// A portfolio project's brief and rubric: what to build, the data, what to hand in, and the criteria the learner ticks.
import type { Milestone } from '../../../../../shared/roadmap';
import { useApp } from '../../../store/useApp';
import { TickList } from './TickList';

export function ProjectBrief({ milestone, ticked }: { milestone: Milestone; ticked: readonly number[] }) {
  const updateProgress = useApp((s) => s.updateProgress);
  const { spec, rubric = [] } = milestone;
  if (!spec && rubric.length === 0) return null;
  return (
    <>
      {spec && (
        <section aria-labelledby={`spec-${milestone.id}`}>
          <h3 id={`spec-${milestone.id}`}>Project brief</h3>
          <dl className="project-spec">
            <dt>What to build</dt>
            <dd>{spec.build}</dd>
            <dt>Data to use</dt>
            <dd>{spec.data}</dd>
            <dt>What to hand in</dt>
            <dd>{spec.handIn}</dd>
          </dl>
        </section>
      )}
      {rubric.length > 0 && (
        <TickList
          className="checklist rubric"
          legend={(n) => `Rubric (${n}/${rubric.length} met)`}
          items={rubric}
          ticked={ticked}
          onTick={(index, done) => void updateProgress(milestone.id, { criterion: { index, done } })}
        >
          <p className="muted small">Tick a criterion when the finished piece shows it.</p>
        </TickList>
      )}
    </>
  );
}
