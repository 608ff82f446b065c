// Review slice: spaced review calls (add a finished milestone's prompts, remove them, answer a prompt).
import type { StateCreator } from 'zustand';
import type { Api } from '../../../shared/ipc';
import type { ReviewRating } from '../../../shared/review';
import type { AppStore } from './index';
import type { DocumentSync } from './documentSync';

export interface ReviewSlice {
  addToReview: (milestoneId: string) => Promise<void>;
  removeFromReview: (milestoneId: string) => Promise<void>;
  answerReview: (cardId: string, rating: ReviewRating) => Promise<void>;
}

export const createReviewSlice =
  (api: Api, sync: DocumentSync): StateCreator<AppStore, [], [], ReviewSlice> =>
  () => ({
    addToReview: async (milestoneId) => void (await sync.run(null, () => api.addToReview({ milestoneId }))),
    removeFromReview: async (milestoneId) => void (await sync.run(null, () => api.removeFromReview({ milestoneId }))),
    answerReview: async (cardId, rating) => void (await sync.run(null, () => api.answerReview({ cardId, rating }))),
  });
