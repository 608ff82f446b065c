// The renderer's copy of the document: what the main process last answered (every change answers with the whole
// document), with the learner's changes still on their way to disk applied on top, so a card moves the moment it is
// dropped. A change is stamped once, in the renderer, and sent with its time, so the answer equals what is shown and
// `keepSame` gives the view back its own objects: an acknowledged change draws nothing again.
import type { UserDocument } from '../../../shared/document';
import { keepSame } from '../../../shared/keepSame';
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

/** The document an answer carries: the answer itself, or its `document` field; null for answers without one. */
function documentIn(data: unknown): UserDocument | null {
  if (typeof data !== 'object' || data === null) return null;
  if ('schemaVersion' in data) return data as UserDocument;
  if ('document' in data) return (data as { document: UserDocument }).document;
  return null;
}

export interface DocumentSync {
  /** Starts (again) from a whole document, as getState and another device's change give it. */
  reset: (doc: UserDocument) => void;
  /** Sends a change: shows `optimistic` at once, then what the main process answers; on failure, takes it back. */
  run: <T>(optimistic: Optimistic, call: () => Promise<Result<T>>) => Promise<Result<T>>;
}

export function createDocumentSync(set: Set): DocumentSync {
  let confirmed: UserDocument | null = null;
  const pending: Array<{ optimistic: Optimistic }> = [];

  /** The confirmed document with the changes still on their way applied on top, in the order they were made. */
  const shown = () => {
    let doc = confirmed;
    for (const p of pending) if (doc && p.optimistic) doc = p.optimistic(doc);
    return doc;
  };

  return {
    reset: (doc) => {
      confirmed = doc;
      set((s) => ({ document: keepSame(s.document, shown()) }));
    },
    run: async (optimistic, call) => {
      const entry = { optimistic };
      const mark = saidMark();
      pending.push(entry);
      // `npm run bench` times the renderer's own work from here to the next frame.
      if (optimistic && confirmed) performance.mark('pathboard:state-applied');
      // What is shown is the confirmed document with the earlier pending changes on top already: this one goes on it.
      set((s) => ({ document: optimistic && s.document ? optimistic(s.document) : s.document, saving: pending.length }));
      const result = await call();
      pending.splice(pending.indexOf(entry), 1);
      const answered = result.ok ? documentIn(result.data) : null;
      if (answered) confirmed = answered;
      if (!optimistic && result.ok) performance.mark('pathboard:state-applied');
      // A failure is said until dismissed or until a change made after it works (a slow write of an earlier change
      // that lands later does not take a newer failure away).
      set((s) => ({
        document: keepSame(s.document, shown()),
        saving: pending.length,
        messages: result.ok ? withoutFailureBefore(s.messages, mark) : said(s.messages, failure(result.error.message)),
      }));
      return result;
    },
  };
}
