// Listens for the data file changing on disk (another device's sync) and shows the reloaded data with its notice.
import { useEffect } from 'react';
import { useStoreApi } from '../../store/useApp';

export function useDataChanges(): void {
  const store = useStoreApi();
  useEffect(() => {
    // Only the Electron preload has it; tests and the browser harness call the store directly.
    const subscribe = window.api?.onDataChanged;
    if (!subscribe) return;
    return subscribe((change) => store.getState().applyDataChange(change));
  }, [store]);
}
