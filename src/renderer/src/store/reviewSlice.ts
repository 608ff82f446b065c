// Review slice: spaced review calls (add a finished milestone's prompts, remove them, answer a prompt).
import type { StateCreator } from 'zustand';
import type { Api } from '../../../shared/ipc';
import type { ReviewRating } from '../../../shared/review';
import type { AppStore } from './index';
import { FAILURE, failure, said, without } from './messageSlice';

export interface ReviewSlice {
  addToReview: (milestoneId: string) => Promise<void>;
  removeFromReview: (milestoneId: string) => Promise<void>;
  answerReview: (cardId: string, rating: ReviewRating) => Promise<void>;
}

export const createReviewSlice =
  (api: Api): StateCreator<AppStore, [], [], ReviewSlice> =>
  (set) => {
    const apply = async (call: Promise<Awaited<ReturnType<Api['answerReview']>>>) => {
      const result = await call;
      if (!result.ok) return set((s) => ({ messages: said(s.messages, failure(result.error.message)) }));
      set((s) => ({ document: result.data, messages: without(s.messages, FAILURE) }));
    };
    return {
      addToReview: (milestoneId) => apply(api.addToReview({ milestoneId })),
      removeFromReview: (milestoneId) => apply(api.removeFromReview({ milestoneId })),
      answerReview: (cardId, rating) => apply(api.answerReview({ cardId, rating })),
    };
  };
