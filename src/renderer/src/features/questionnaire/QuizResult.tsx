// The questionnaire's result: every path ranked by fit, ties shown as ties, with the reasons from the learner's own answers.
import { useMemo } from 'react';
import { bestFits, scoreAnswers, type Answers, type Questionnaire } from '../../../../shared/questionnaire';
import { useApp } from '../../store/useApp';

/** "A", "A and B", "A, B and C". */
function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function QuizResult({
  answers,
  questionnaire,
  onRetake,
}: {
  answers: Answers;
  questionnaire: Questionnaire;
  onRetake: () => void;
}) {
  const roadmaps = useApp((s) => s.roadmaps);
  const activeId = useApp((s) => s.document?.activePathId ?? null);
  const choosePath = useApp((s) => s.choosePath);
  const show = useApp((s) => s.show);
  const ranking = useMemo(
    () => scoreAnswers(questionnaire.questions, answers, roadmaps.map((r) => r.id)),
    [questionnaire, answers, roadmaps],
  );
  const titleOf = (id: string) => roadmaps.find((r) => r.id === id)?.title ?? id;
  const best = bestFits(ranking).map(titleOf);
  const tiedAt = (place: number) => ranking.filter((s) => s.place === place).length > 1;

  return (
    <section className="quiz-result" aria-labelledby="result-title">
      <h2 id="result-title">
        {best.length === 0
          ? 'None of your answers pointed to one path'
          : best.length === 1
            ? `Your best fit: ${best[0]}`
            : `A tie for your best fit: ${joinNames(best)}`}
      </h2>
      <p className="lead">
        Here is how the paths rank against your answers. The percentage is how much of each path’s possible score
        your answers reached; a question only counts against a path it was asking about. Paths with the same
        percentage share a place.
      </p>
      <ol className="ranking" aria-label="Paths ranked by fit">
        {ranking.map((entry) => {
          const note = Object.hasOwn(questionnaire.pathNotes, entry.pathId) ? questionnaire.pathNotes[entry.pathId] : undefined;
          const top = entry.place === 1 && entry.percent > 0;
          return (
            <li key={entry.pathId} className={`ranking-item${top ? ' top' : ''}`} aria-label={titleOf(entry.pathId)}>
              <div className="ranking-head">
                <span className="ranking-place">{entry.place}</span>
                <h3>{titleOf(entry.pathId)}</h3>
                <span className="ranking-score">
                  {entry.percent}% fit{tiedAt(entry.place) ? ', tied' : ''}
                </span>
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
              {note && <p className="muted">{note}</p>}
              <button
                type="button"
                className={top ? 'button primary' : 'button secondary'}
                aria-label={`Choose ${titleOf(entry.pathId)}`}
                onClick={() => void choosePath(entry.pathId)}
              >
                {entry.pathId === activeId ? 'Back to this path' : 'Choose this path'}
              </button>
            </li>
          );
        })}
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
