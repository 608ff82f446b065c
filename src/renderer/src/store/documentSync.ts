// The renderer's copy of the document: what the main process confirmed (kept current by the changes its answers carry),
// with the learner's changes still on their way to disk applied on top, so a card moves the moment it is dropped.
import { applyChange, StaleChangeError, type DocumentChange } from '../../../shared/documentChange';
import type { UserDocument } from '../../../shared/document';
import type { RendererApi } from '../../../shared/ipc';
import type { Result } from '../../../shared/result';
import { failure, said, saidMark, withoutFailureBefore, type Message } from './messageSlice';

/** The same pure change the service will make, applied here first; null for calls that wait for the answer. */
export type Optimistic = ((doc: UserDocument) => UserDocument) | null;

export interface SyncState {
  document: UserDocument | null;
  /** Changes sent to the main process and not yet answered (each answer comes once the change is on disk). */
  saving: number;
  messages: Message[];
}

type Set = (update: Partial<SyncState> | ((s: SyncState) => Partial<SyncState>)) => void;

/** The change an answer carries: the answer itself, or its `change` field; null for answers without one. */
function changeIn(data: unknown): DocumentChange | null {
  if (typeof data !== 'object' || data === null) return null;
  if ('revision' in data) return data as DocumentChange;
  if ('change' in data) return (data as { change: DocumentChange | null }).change;
  return null;
}

export interface DocumentSync {
  /** Starts (again) from a whole document, as getState and another device's change give it. */
  reset: (change: DocumentChange) => void;
  /** Sends a change: shows `optimistic` at once, then what the main process answers; on failure, takes it back. */
  run: <T>(optimistic: Optimistic, call: () => Promise<Result<T>>) => Promise<Result<T>>;
}

export function createDocumentSync(api: RendererApi, set: Set): DocumentSync {
  let confirmed: UserDocument | null = null;
  let revision = -1;
  const pending: Array<{ optimistic: Optimistic }> = [];

  /** The confirmed document with the changes still on their way applied on top, in the order they were made. */
  const shown = () => {
    let doc = confirmed;
    for (const p of pending) if (doc && p.optimistic) doc = p.optimistic(doc);
    return doc;
  };

  const reset = (change: DocumentChange) => {
    confirmed = applyChange(confirmed, revision, change);
    revision = change.revision;
  };

  /** A change that does not follow the last one (an answer was lost): ask for the whole document again. */
  const resync = async () => {
    const state = await api.getState({});
    if (state.ok && state.data.change) reset(state.data.change);
  };

  return {
    reset: (change) => {
      reset(change);
      set({ document: shown() });
    },
    run: async (optimistic, call) => {
      const entry = { optimistic };
      const mark = saidMark();
      pending.push(entry);
      if (optimistic && confirmed) {
        // `npm run bench` times the renderer's own work from here to the next frame.
        performance.mark('pathboard:state-applied');
        set({ document: shown(), saving: pending.length });
      } else {
        set({ saving: pending.length });
      }
      const result = await call();
      pending.splice(pending.indexOf(entry), 1);
      const change = result.ok ? changeIn(result.data) : null;
      if (change) {
        try {
          reset(change);
        } catch (error) {
          if (!(error instanceof StaleChangeError)) throw error;
          await resync();
        }
      }
      if (!optimistic && result.ok) performance.mark('pathboard:state-applied');
      // A failure is said until dismissed or until a change made after it works (a slow write of an earlier change
      // that lands later does not take a newer failure away).
      set((s) => ({
        document: shown(),
        saving: pending.length,
        messages: result.ok ? withoutFailureBefore(s.messages, mark) : said(s.messages, failure(result.error.message)),
      }));
      return result;
    },
  };
}
