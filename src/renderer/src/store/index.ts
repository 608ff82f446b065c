// src/renderer/src/store/: the one zustand store, from slices; a view of the main process's data plus UI state.
// The one zustand store, built from slices. The main process owns the data; this is a view of it plus UI state.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../../shared/ipc';
import { createDocumentSync } from './documentSync';
import type { CustomMilestone } from '../../../shared/document';
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
  return createStore<AppStore>()((...args) => {
    const sync = createDocumentSync(args[0]);
    return {
      ...createDataSlice(api, sync)(...args),
      ...createUiSlice(...args),
      ...createBoardSlice(api, sync)(...args),
      ...createTransferSlice(api, sync)(...args),
      ...createPrefsSlice(...args),
      ...createReviewSlice(api, sync)(...args),
      ...createSyncSlice(api, sync)(...args),
      ...createMessageSlice(...args),
    };
  });
}

/** The roadmap of the active path, or null before one is chosen. */
export const selectActiveRoadmap = (s: AppStore): Roadmap | null =>
  s.roadmaps.find((r) => r.id === s.document?.activePathId) ?? null;

/** Path views by the custom milestones they were built with (an array the document keeps until they change), then roadmap. */
const views = new WeakMap<CustomMilestone[], WeakMap<Roadmap, PathView>>();

/** The active path with the learner's own milestones; built again only when the roadmap or the custom milestones change. */
export const selectPathView = (s: AppStore): PathView | null => {
  const roadmap = selectActiveRoadmap(s);
  if (!roadmap || !s.document) return null;
  // keepSame gives answers the objects already shown, so the custom milestones keep their identity until they change.
  const custom = s.document.customMilestones;
  let byRoadmap = views.get(custom);
  if (!byRoadmap) views.set(custom, (byRoadmap = new WeakMap()));
  let view = byRoadmap.get(roadmap);
  if (!view) byRoadmap.set(roadmap, (view = pathView(roadmap, s.document)));
  return view;
};
