// The one way a store action takes a service answer: show the error, or set the new document.
import type { UserDocument } from '../../../shared/document';
import type { Result } from '../../../shared/result';

type Set = (partial: { document?: UserDocument; error: string | null }) => void;

/** Sets the answered document (true), or the answer's error message (false). */
export function applyDocument(set: Set, result: Result<UserDocument>): boolean {
  if (!result.ok) {
    set({ error: result.error.message });
    return false;
  }
  // `npm run bench` times the renderer's own work from here to the next frame, apart from the IPC transport.
  performance.mark('pathboard:state-applied');
  set({ document: result.data, error: null });
  return true;
}
