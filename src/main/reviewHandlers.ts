// Spaced review calls. Not undoable steps: an answer records what the learner remembered at that moment (undoing it
// would rewrite the FSRS schedule as if the review never happened), and a review session would push every board edit
// out of the 50-step undo history. Like the status history, review data sits outside undo and redo.
import { MAX_REVIEW_CARDS } from '../shared/document';
import { fail, ok } from '../shared/result';
import { ReviewError, addToReview, answerReview, removeFromReview } from '../shared/review';
import type { HandlerContext, Handlers } from './api';

export function reviewHandlers({ store, clock, milestoneOf }: HandlerContext): Pick<Handlers, 'addToReview' | 'removeFromReview' | 'answerReview'> {
  /** Runs a review change; a ReviewError is the learner's to read and changes nothing. */
  const apply = async (fn: Parameters<typeof store.update>[0]) => {
    try {
      return ok(await store.update(fn));
    } catch (error) {
      if (error instanceof ReviewError) return fail('INVALID_INPUT', error.message);
      throw error;
    }
  };
  return {
    addToReview: async ({ milestoneId }) => {
      const milestone = milestoneOf(store.document, milestoneId);
      if (!milestone) return fail('NOT_FOUND', `There is no milestone called "${milestoneId}".`);
      return apply((doc) => {
        const next = addToReview(doc, milestone, clock());
        if (Object.keys(next.review.cards).length > MAX_REVIEW_CARDS) {
          throw new ReviewError(`Review holds at most ${MAX_REVIEW_CARDS.toLocaleString('en')} cards. Remove milestones you know well from review to add ${milestone.title}.`);
        }
        return next;
      });
    },
    removeFromReview: async ({ milestoneId }) => apply((doc) => removeFromReview(doc, milestoneId)),
    answerReview: async ({ cardId, rating }) => apply((doc) => answerReview(doc, cardId, rating, clock())),
  };
}
