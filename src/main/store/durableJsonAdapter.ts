// The data file's writer for lowdb: encodes the document, refuses what start-up would not read back, lets the store's
// guard look at the file on disk, and replaces the file durably.
import type { Adapter } from 'lowdb';
import { MAX_DOCUMENT_BYTES, type UserDocument } from '../../shared/document';
import { parseDocumentText, serializeDocument } from '../../shared/documentFile';
import { writeFileDurable, type FileStamp, type StoreFs, type Written } from './durableWrite';
import { DocumentTooLargeError, InvalidDocumentError } from './errors';

/** The store's guard against writing over another device's version, as the adapter calls it around each write. */
export interface WriteGuard {
  /** Runs just before the new file replaces the old one: may move another device's version aside, or refuse. */
  beforeReplace(): Promise<void>;
  /** Gets what the write did, once the new file is in place. */
  replaced(written: Written): void;
}

/**
 * lowdb's adapter for the data file. `write` is the durable write; reading happens in DocumentStore.open (recovery.ts),
 * where a missing file, an unreadable one, a corrupt one and a newer one must be told apart, which lowdb's
 * "a document or null" cannot say.
 */
export class DurableJsonAdapter implements Adapter<UserDocument> {
  constructor(
    private readonly file: string,
    private readonly fs: StoreFs,
    private readonly guard: WriteGuard,
  ) {}

  async read(): Promise<UserDocument | null> {
    return null;
  }

  async write(data: UserDocument): Promise<void> {
    const text = checkedText(data);
    this.guard.replaced(await writeFileDurable(this.file, text, this.fs, { beforeReplace: () => this.guard.beforeReplace() }));
  }
}

/**
 * The document as the data file's text, refused when start-up could not read it back: larger than the limit, or not
 * valid against the schema start-up validates with (a limit a call let pass). Nothing is touched on disk then.
 */
export function checkedText(data: UserDocument): string {
  const text = serializeDocument(data);
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_DOCUMENT_BYTES) throw new DocumentTooLargeError(bytes);
  const back = parseDocumentText(text);
  if (back.kind !== 'ok') throw new InvalidDocumentError(back.kind === 'bad' ? back.reason : 'it would read as a newer data format');
  return text;
}

export const stampText = (s: FileStamp) => `${s.size}:${s.mtimeMs}`;

/** The data file's size and modification time, or null when it does not exist or cannot be asked. Never rejects. */
export async function fileStamp(file: string, fs: StoreFs): Promise<string | null> {
  try {
    return stampText(await fs.stat(file));
  } catch {
    return null;
  }
}
