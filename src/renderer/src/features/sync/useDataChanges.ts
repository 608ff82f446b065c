// Listens for the data file changing on disk (another device's sync) and shows the reloaded data with its notice.
import { useEffect } from 'react';
import { useStoreApi } from '../../store/useApp';

export function useDataChanges(): void {
  const store = useStoreApi();
  useEffect(() => {
    // Only the preload watches the data file; the browser harness and unit tests have none (see env.d.ts).
    const subscribe = window.api?.onDataChanged;
    if (!subscribe) return;
    return subscribe((change) => store.getState().applyDataChange(change));
  }, [store]);
}
