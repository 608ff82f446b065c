// The one zustand store, built from slices. The main process owns the data; this is a view of it plus UI state.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../../shared/ipc';
import { createDataSlice, type DataSlice } from './dataSlice';

export type AppStore = DataSlice;
export type AppStoreApi = StoreApi<AppStore>;

export function createAppStore(api: Api): AppStoreApi {
  return createStore<AppStore>()((...args) => ({
    ...createDataSlice(api)(...args),
  }));
}
