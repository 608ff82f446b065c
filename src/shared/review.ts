// Spaced review of finished milestones: prompts from a milestone's checklist and "done when", scheduled with FSRS
// (ts-fsrs, not our own arithmetic), plus the due list and the retention figures the header and the report show.
import { createEmptyCard, fsrs, type Card, type Grade } from 'ts-fsrs';
import { REVIEW_LOG_MAX, type ReviewCard, type ReviewData, type UserDocument } from './document';
import type { Milestone } from './roadmap';
import { statusOf } from './progress';

export const REVIEW_RATINGS = [
  { rating: 1, label: 'Again', key: '1' },
  { rating: 2, label: 'Hard', key: '2' },
  { rating: 3, label: 'Good', key: '3' },
  { rating: 4, label: 'Easy', key: '4' },
] as const;
export type ReviewRating = 1 | 2 | 3 | 4;

// Fuzz off: the same answers at the same times give the same schedule on every device, so a synced file agrees.
const scheduler = fsrs({ enable_fuzz: false });

export class ReviewError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReviewError';
  }
}

type PromptSource = Pick<Milestone, 'id' | 'title' | 'checklist' | 'doneWhen'>;

/** The prompts a milestone gives: one per checklist step, and one for its "done when". */
export function reviewPrompts(m: PromptSource): Array<{ cardId: string; prompt: string }> {
  const steps = m.checklist.map((step, i) => ({ cardId: `${m.id}:${i}`, prompt: `${m.title}: ${step}` }));
  const doneWhen = m.doneWhen.trim() ? [{ cardId: `${m.id}:done-when`, prompt: `${m.title}, done when: ${m.doneWhen.trim()}` }] : [];
  return [...steps, ...doneWhen].map((p) => ({ ...p, prompt: p.prompt.slice(0, 600) }));
}

const toFsrs = (c: ReviewCard): Card => ({
  due: new Date(c.due),
  stability: c.stability,
  difficulty: c.difficulty,
  elapsed_days: 0,
  scheduled_days: c.scheduledDays,
  learning_steps: c.learningSteps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  ...(c.lastReview ? { last_review: new Date(c.lastReview) } : {}),
});

const fromFsrs = (card: Card, keep: Pick<ReviewCard, 'milestoneId' | 'prompt' | 'addedAt'>): ReviewCard => ({
  ...keep,
  due: card.due.toISOString(),
  stability: card.stability,
  difficulty: card.difficulty,
  scheduledDays: card.scheduled_days,
  learningSteps: card.learning_steps,
  reps: card.reps,
  lapses: card.lapses,
  state: card.state,
  ...(card.last_review ? { lastReview: card.last_review.toISOString() } : {}),
});

/** Cards of a milestone, in prompt order. */
export const cardsOf = (review: ReviewData, milestoneId: string): Array<[string, ReviewCard]> =>
  Object.entries(review.cards).filter(([, c]) => c.milestoneId === milestoneId);

/**
 * Turns a done milestone's checklist steps and "done when" into review cards, due now. Prompts it already has are
 * kept as they are (with their schedule); returns the same doc when there is nothing new.
 */
export function addToReview(doc: UserDocument, m: PromptSource, now: Date): UserDocument {
  if (statusOf(doc, m.id) !== 'done') throw new ReviewError(`Finish ${m.title} first: review prompts come from milestones you have done.`);
  const fresh = reviewPrompts(m).filter((p) => !doc.review.cards[p.cardId]);
  if (fresh.length === 0) return doc;
  const addedAt = now.toISOString();
  const cards = { ...doc.review.cards };
  for (const p of fresh) cards[p.cardId] = fromFsrs(createEmptyCard(now), { milestoneId: m.id, prompt: p.prompt, addedAt });
  return { ...doc, review: { ...doc.review, cards } };
}

/** Removes a milestone's cards; their past answers stay in the log, so the retention figures do not change. */
export function removeFromReview(doc: UserDocument, milestoneId: string): UserDocument {
  const kept = Object.entries(doc.review.cards).filter(([, c]) => c.milestoneId !== milestoneId);
  if (kept.length === Object.keys(doc.review.cards).length) return doc;
  return { ...doc, review: { ...doc.review, cards: Object.fromEntries(kept) } };
}

/** Records an answer: FSRS schedules the card's next review, and the answer joins the log (newest REVIEW_LOG_MAX kept). */
export function answerReview(doc: UserDocument, cardId: string, rating: ReviewRating, now: Date): UserDocument {
  const card = doc.review.cards[cardId];
  if (!card) throw new ReviewError('That review prompt is no longer there: it may have been removed on another device.');
  const { card: next } = scheduler.next(toFsrs(card), now, rating as Grade);
  const log = [...doc.review.log, { cardId, at: now.toISOString(), rating, state: card.state }];
  return {
    ...doc,
    review: {
      cards: { ...doc.review.cards, [cardId]: fromFsrs(next, card) },
      log: log.length > REVIEW_LOG_MAX ? log.slice(log.length - REVIEW_LOG_MAX) : log,
    },
  };
}

/** The end of the learner's local day containing `now`: a card due any time today is due today. */
function endOfDay(now: Date): number {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return end.getTime();
}

/** Cards due today, most overdue first (ties by id, so every device shows the same order). */
export function dueCards(review: ReviewData, now: Date): Array<{ id: string; card: ReviewCard }> {
  const limit = endOfDay(now);
  return Object.entries(review.cards)
    .filter(([, c]) => Date.parse(c.due) <= limit)
    .sort(([a, x], [b, y]) => x.due.localeCompare(y.due) || a.localeCompare(b))
    .map(([id, card]) => ({ id, card }));
}

export interface RetentionFigures {
  cards: number;
  due: number;
  /** Answers given in the last 30 days. */
  answers30: number;
  /** Share (0–100, whole) of answers to cards already in review that were not "Again", in the last 30 days; null without any. */
  retention30: number | null;
  /** FSRS's estimate of the chance (0–100, whole) of recalling a reviewed card right now, averaged; null without any. */
  predictedRecall: number | null;
}

export function retentionFigures(review: ReviewData, now: Date): RetentionFigures {
  const since = now.getTime() - 30 * 86_400_000;
  const recent = review.log.filter((e) => Date.parse(e.at) >= since);
  const matured = recent.filter((e) => e.state === 2);
  const reviewed = Object.values(review.cards).filter((c) => c.state !== 0);
  const recall = reviewed.map((c) => scheduler.get_retrievability(toFsrs(c), now, false));
  return {
    cards: Object.keys(review.cards).length,
    due: dueCards(review, now).length,
    answers30: recent.length,
    retention30: matured.length === 0 ? null : Math.floor((100 * matured.filter((e) => e.rating > 1).length) / matured.length),
    predictedRecall: recall.length === 0 ? null : Math.floor((100 * recall.reduce((s, r) => s + r, 0)) / recall.length),
  };
}
