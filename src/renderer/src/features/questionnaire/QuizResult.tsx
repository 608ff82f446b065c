// The questionnaire's result: every path ranked by fit, with the reasons from the learner's own answers.
import { useMemo } from 'react';
import { scoreAnswers, type Answers } from '../../../../shared/questionnaire';
import { useApp } from '../../store/useApp';

export function QuizResult({ answers, onRetake }: { answers: Answers; onRetake: () => void }) {
  const roadmaps = useApp((s) => s.roadmaps);
  const activeId = useApp((s) => s.document?.activePathId ?? null);
  const choosePath = useApp((s) => s.choosePath);
  const show = useApp((s) => s.show);
  const ranking = useMemo(() => scoreAnswers(answers, roadmaps.map((r) => r.id)), [answers, roadmaps]);
  const titleOf = (id: string) => roadmaps.find((r) => r.id === id)?.title ?? id;

  return (
    <section className="quiz-result" aria-labelledby="result-title">
      <h2 id="result-title">Your best fit: {titleOf(ranking[0]?.pathId ?? '')}</h2>
      <p className="lead">
        Here is how the paths rank against your answers. The percentage is how much of each path’s possible score
        your answers reached.
      </p>
      <ol className="ranking" aria-label="Paths ranked by fit">
        {ranking.map((entry, i) => (
          <li key={entry.pathId} className={`ranking-item${i === 0 ? ' top' : ''}`} aria-label={titleOf(entry.pathId)}>
            <div className="ranking-head">
              <span className="ranking-place">{i + 1}</span>
              <h3>{titleOf(entry.pathId)}</h3>
              <span className="ranking-score">{entry.percent}% fit</span>
            </div>
            {entry.reasons.length > 0 ? (
              <ul className="plain-list">
                {entry.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            ) : (
              <p className="muted">None of your answers pointed here.</p>
            )}
            <button
              type="button"
              className={i === 0 ? 'button primary' : 'button secondary'}
              aria-label={`Choose ${titleOf(entry.pathId)}`}
              onClick={() => void choosePath(entry.pathId)}
            >
              {entry.pathId === activeId ? 'Back to this path' : 'Choose this path'}
            </button>
          </li>
        ))}
      </ol>
      <div className="quiz-actions">
        <button type="button" className="button secondary" onClick={onRetake}>
          Retake the questionnaire
        </button>
        <button type="button" className="button secondary" onClick={() => show('compare')}>
          Compare the paths
        </button>
      </div>
    </section>
  );
}
