// The one way a store action takes a service answer: show the error, or set the new document.
import type { UserDocument } from '../../../shared/document';
import type { Result } from '../../../shared/result';
import { FAILURE, failure, said, without, type Message } from './messageSlice';

type Set = (update: (s: { messages: Message[] }) => { document?: UserDocument; messages: Message[] }) => void;

/** Sets the answered document (true), or the answer's error message (false). */
export function applyDocument(set: Set, result: Result<UserDocument>): boolean {
  if (!result.ok) {
    set((s) => ({ messages: said(s.messages, failure(result.error.message)) }));
    return false;
  }
  // `npm run bench` times the renderer's own work from here to the next frame, apart from the IPC transport.
  performance.mark('pathboard:state-applied');
  set((s) => ({ document: result.data, messages: without(s.messages, FAILURE) }));
  return true;
}
