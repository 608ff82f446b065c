// src/renderer/src/store/: the one zustand store, from slices; a view of the main process's data plus UI state.
// The one zustand store, built from slices. The main process owns the data; this is a view of it plus UI state.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../../shared/ipc';
import type { Roadmap } from '../../../shared/roadmap';
import { createDataSlice, type DataSlice } from './dataSlice';
import { createUiSlice, type UiSlice } from './uiSlice';
import { createBoardSlice, type BoardSlice } from './boardSlice';
import { createTransferSlice, type TransferSlice } from './transferSlice';
import { createPrefsSlice, type PrefsSlice } from './prefsSlice';
import { createReviewSlice, type ReviewSlice } from './reviewSlice';
import { createSyncSlice, type SyncSlice } from './syncSlice';
import { createMessageSlice, type MessageSlice } from './messageSlice';
import { pathView, type PathView } from '../../../shared/pathView';

export type AppStore = DataSlice & UiSlice & BoardSlice & TransferSlice & PrefsSlice & ReviewSlice & SyncSlice & MessageSlice;
export type AppStoreApi = StoreApi<AppStore>;

export function createAppStore(api: Api): AppStoreApi {
  return createStore<AppStore>()((...args) => ({
    ...createDataSlice(api)(...args),
    ...createUiSlice(...args),
    ...createBoardSlice(api)(...args),
    ...createTransferSlice(api)(...args),
    ...createPrefsSlice(...args),
    ...createReviewSlice(api)(...args),
    ...createSyncSlice(api)(...args),
    ...createMessageSlice(...args),
  }));
}

/** The roadmap of the active path, or null before one is chosen. */
export const selectActiveRoadmap = (s: AppStore): Roadmap | null =>
  s.roadmaps.find((r) => r.id === s.document?.activePathId) ?? null;

let cachedView: { roadmap: Roadmap; custom: string; view: PathView } | null = null;

/** The active path with the learner's own milestones; recomputed only when the roadmap or custom milestones change. */
export const selectPathView = (s: AppStore): PathView | null => {
  const roadmap = selectActiveRoadmap(s);
  if (!roadmap || !s.document) return null;
  // Every saved change returns a fresh document over IPC, so compare the learner's milestones by content, not identity.
  const custom = JSON.stringify(s.document.customMilestones);
  if (cachedView && cachedView.roadmap === roadmap && cachedView.custom === custom) return cachedView.view;
  cachedView = { roadmap, custom, view: pathView(roadmap, s.document) };
  return cachedView.view;
};
