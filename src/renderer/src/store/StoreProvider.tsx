// Hands the store to the component tree, so tests can give each render a fresh store.
import { createContext, type ReactNode } from 'react';
import type { AppStoreApi } from './index';

export const StoreContext = createContext<AppStoreApi | null>(null);

export function StoreProvider({ store, children }: { store: AppStoreApi; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}
