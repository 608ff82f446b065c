// UI slice: which screen is showing. Not persisted: the data decides where a new session starts.
import type { StateCreator } from 'zustand';
import type { AppStore } from './index';

export type View = 'welcome' | 'board' | 'plan' | 'progress' | 'review' | 'compare' | 'quiz' | 'picker';

export interface UiSlice {
  view: View;
  show: (view: View) => void;
}

export const createUiSlice: StateCreator<AppStore, [], [], UiSlice> = (set) => ({
  view: 'welcome',
  show: (view) => set({ view }),
});
