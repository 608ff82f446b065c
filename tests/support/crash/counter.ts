// The document the crash test's writers save: a counter in a milestone's notes, plus optional padding so a save takes real time.
import type { UserDocument } from '../../../src/shared/document';

const COUNTER = 'crash-counter';

export function counterOf(doc: UserDocument): number {
  const notes = doc.progress[COUNTER]?.notes;
  return notes ? Number(notes) : 0;
}

/** Sets the counter; pads the document to about `padBytes` with ten large notes (kept under the notes limit). */
export function withCounter(doc: UserDocument, n: number, padBytes: number): UserDocument {
  const progress: UserDocument['progress'] = { ...doc.progress, [COUNTER]: { status: 'in-progress', notes: String(n) } };
  const each = Math.min(90_000, Math.ceil(padBytes / 10));
  if (padBytes > 0 && !progress['crash-pad-0']) {
    for (let i = 0; i < 10; i++) progress[`crash-pad-${i}`] = { status: 'todo', notes: `${i}`.repeat(each) };
  }
  return { ...doc, progress };
}
