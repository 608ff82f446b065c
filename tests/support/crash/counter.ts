// The document the crash test's writers save: a counter in a milestone's notes, plus optional padding so a save takes real time.
import type { UserDocument } from '../../../src/shared/document';

const COUNTER = 'crash-counter';

export function counterOf(doc: UserDocument): number {
  const notes = doc.progress.get(COUNTER)?.notes;
  return notes ? Number(notes) : 0;
}

/** Sets the counter; pads the document to about `padBytes` with ten large notes (kept under the notes limit). */
export function withCounter(doc: UserDocument, n: number, padBytes: number): UserDocument {
  let progress = doc.progress.set(COUNTER, { status: 'in-progress', notes: String(n) });
  const each = Math.min(90_000, Math.ceil(padBytes / 10));
  if (padBytes > 0 && !progress.has('crash-pad-0')) {
    progress = progress.with(Array.from({ length: 10 }, (_, i) => [`crash-pad-${i}`, { status: 'todo', notes: `${i}`.repeat(each) }] as const));
  }
  return { ...doc, progress };
}
