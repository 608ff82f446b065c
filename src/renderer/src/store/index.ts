// The one zustand store, built from slices. The main process owns the data; this is a view of it plus UI state.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../../shared/ipc';
import type { Roadmap } from '../../../shared/roadmap';
import { createDataSlice, type DataSlice } from './dataSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type AppStore = DataSlice & UiSlice;
export type AppStoreApi = StoreApi<AppStore>;

export function createAppStore(api: Api): AppStoreApi {
  return createStore<AppStore>()((...args) => ({
    ...createDataSlice(api)(...args),
    ...createUiSlice(...args),
  }));
}

/** The roadmap of the active path, or null before one is chosen. */
export const selectActiveRoadmap = (s: AppStore): Roadmap | null =>
  s.roadmaps.find((r) => r.id === s.document?.activePathId) ?? null;
