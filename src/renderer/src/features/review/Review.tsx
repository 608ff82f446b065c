// src/renderer/src/features/review/: spaced review of finished milestones and the header's due count.
// The Review screen: today's due prompts one at a time (Again / Hard / Good / Easy, keys 1–4), the finished
// milestones that can become prompts, and how well the learner is remembering.
import { useEffect, useMemo } from 'react';
import { REVIEW_RATINGS, cardsOf, dueCards, retentionFigures, type ReviewRating } from '../../../../shared/review';
import { statusOf } from '../../../../shared/progress';
import { selectPathView } from '../../store';
import { useApp } from '../../store/useApp';
import { formatDay } from '../board/dates';
import { toDay } from '../../../../shared/study';
import './review.css';
import { isTyping } from '../focus/typing';


export function Review() {
  const view = useApp(selectPathView);
  const doc = useApp((s) => s.document);
  const answer = useApp((s) => s.answerReview);
  const add = useApp((s) => s.addToReview);
  const remove = useApp((s) => s.removeFromReview);
  const now = new Date();
  const review = doc?.review;
  const due = useMemo(() => (review ? dueCards(review, new Date()) : []), [review]);
  const current = due[0];

  useEffect(() => {
    if (!current) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target as Element | null)) return;
      const choice = REVIEW_RATINGS.find((r) => r.key === e.key);
      if (!choice) return;
      e.preventDefault();
      void answer(current.id, choice.rating);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current, answer]);

  if (!view || !doc || !review) return null;
  const figures = retentionFigures(review, now);
  const finished = view.milestones.filter((m) => statusOf(doc, m.id) === 'done');

  return (
    <section className="review" aria-labelledby="review-title">
      <h2 id="review-title">Review</h2>
      <p className="muted">
        Keep what you learned: prompts from finished milestones come back just before you would forget them.
      </p>

      <section className="review-card-area" aria-label="Due today">
        {current ? (
          <>
            <p className="eyebrow" role="status">
              {due.length} due today
            </p>
            <blockquote className="review-prompt">{current.card.prompt}</blockquote>
            <p className="muted">Can you still do this without looking it up? Answer honestly: it sets when you see it again.</p>
            <div className="review-ratings" role="group" aria-label="How well did you remember?">
              {REVIEW_RATINGS.map((r) => (
                <button
                  key={r.rating}
                  type="button"
                  className={`button ${r.rating === 1 ? 'secondary' : 'primary'}`}
                  aria-keyshortcuts={r.key}
                  onClick={() => void answer(current.id, r.rating as ReviewRating)}
                >
                  {r.label} <kbd aria-hidden="true">{r.key}</kbd>
                </button>
              ))}
            </div>
          </>
        ) : (
          <p role="status">
            {figures.cards === 0 ? 'Nothing to review yet: add a finished milestone below.' : 'All caught up: nothing is due today.'}
          </p>
        )}
      </section>

      <section aria-labelledby="review-retention">
        <h3 id="review-retention">How well you remember</h3>
        <dl className="review-figures">
          <div>
            <dt>Prompts</dt>
            <dd>{figures.cards}</dd>
          </div>
          <div>
            <dt>Answers in the last 30 days</dt>
            <dd>{figures.answers30}</dd>
          </div>
          <div>
            <dt>Remembered (last 30 days)</dt>
            <dd>{figures.retention30 === null ? '—' : `${figures.retention30}%`}</dd>
          </div>
          <div>
            <dt>Expected recall today</dt>
            <dd>{figures.predictedRecall === null ? '—' : `${figures.predictedRecall}%`}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="review-finished">
        <h3 id="review-finished">Finished milestones</h3>
        {finished.length === 0 ? (
          <p className="muted">Finish a milestone on the board to review it here.</p>
        ) : (
          <ul className="review-milestones">
            {finished.map((m) => {
              const cards = cardsOf(review, m.id);
              const next = cards.map(([, c]) => c.due).sort()[0];
              return (
                <li key={m.id}>
                  <span className="review-milestone-title">{m.title}</span>
                  <span className="muted">
                    {cards.length === 0 ? 'Not in review' : `${cards.length} prompts, next ${next && next > now.toISOString() ? formatDay(toDay(new Date(next))) : 'today'}`}
                  </span>
                  {cards.length === 0 ? (
                    <button type="button" className="button secondary small" aria-label={`Add ${m.title} to review`} onClick={() => void add(m.id)}>
                      Add to review
                    </button>
                  ) : (
                    <button type="button" className="button secondary small" aria-label={`Remove ${m.title} from review`} onClick={() => void remove(m.id)}>
                      Remove
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </section>
  );
}
