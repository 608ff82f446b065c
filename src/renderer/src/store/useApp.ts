// Select one value from the app store; components re-render only when that value changes.
import { useContext } from 'react';
import { useStore } from 'zustand';
import type { AppStore } from './index';
import { StoreContext } from './StoreProvider';

export function useApp<T>(selector: (state: AppStore) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useApp must be used inside <StoreProvider>');
  return useStore(store, selector);
}

/** The store itself, for actions that read fresh state after awaiting (not for rendering). */
export function useStoreApi() {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStoreApi must be used inside <StoreProvider>');
  return store;
}
