// The data file's writer for lowdb: encodes the document, checks its size, lets the store's guard look at the file on
// disk, and replaces the file durably, with the file system's work started before the document is there to encode.
import type { Adapter } from 'lowdb';
import { stat } from 'node:fs/promises';
import { MAX_DOCUMENT_BYTES, type UserDocument } from '../../shared/document';
import { createTemp, discardTemp, tempPathFor, writeFileDurable, type FileStamp, type PendingTemp, type StoreFs } from './durableWrite';
import { DocumentText } from './documentText';
import { DocumentTooLargeError } from './errors';
import type { WriterThread } from './writerThread';

/** The store's guard against writing over another device's version, as the adapter calls it around each write. */
export interface WriteGuard {
  /** Gets the file's stamp as it is just before the write replaces it (null: no file). */
  beforeReplace(onDiskNow: string | null): Promise<void>;
  /** The file's stamp as the store last wrote or read it: beforeReplace has nothing to do while the file still has it. */
  known(): string | null;
  /** Gets the stamp of the file the write left, once it is durably in place. */
  replaced(written: string): void;
}

/**
 * lowdb's writer for the data file: encode, check the size, let the guard look, replace the file durably. With a writer
 * thread (the store's real file system) the thread replaces the file; behind a test's file system seam, the calls go
 * through the seam (writeFileDurable), in the same order.
 */
export class DurableJsonAdapter implements Adapter<UserDocument> {
  /** Remembers the last document's encoding, so the next write re-encodes only what changed. */
  private readonly text: DocumentText;

  constructor(
    private readonly file: string,
    private readonly fs: StoreFs,
    private readonly guard: WriteGuard,
    private readonly thread: WriterThread | null = null,
  ) {
    this.text = new DocumentText(thread !== null);
  }

  // Reading happens in DocumentStore.open, where a bad file can be told apart from a missing one.
  async read(): Promise<UserDocument | null> {
    return null;
  }

  /** The next write's file system work, started before its document exists (see prepare). */
  private next: { temp: PendingTemp; onDiskNow: Promise<string | null> } | null = null;

  /**
   * Starts the next write's file system work: creating the temp file, and the stat the guard compares before the
   * rename. The store calls it before it applies and encodes a batch, so that work runs meanwhile on the thread pool.
   */
  prepare(): void {
    // The writer thread starts its calls once it has the bytes: one trip there and one back, nothing to start early.
    if (this.thread) return;
    this.next ??= { temp: createTemp(this.file, this.fs), onDiskNow: fileStamp(this.file) };
  }

  /** Gives up a prepared write: the batch changed nothing. */
  async unprepare(): Promise<void> {
    const next = this.next;
    this.next = null;
    if (next) await discardTemp(next.temp, this.fs);
  }

  async write(data: UserDocument): Promise<void> {
    if (this.thread) return this.writeOnThread(this.thread, data);
    this.prepare();
    const { temp, onDiskNow } = this.next!;
    this.next = null;
    let bytes: Uint8Array;
    try {
      bytes = this.bytesOf(data);
    } catch (error) {
      await discardTemp(temp, this.fs);
      throw error;
    }
    // The stat's answer is needed only just before the new file replaces the old one, so it waits while the bytes are
    // written and synced rather than before (at 100 milestones the stat took longer than the encoding).
    const beforeReplace = async () => this.guard.beforeReplace(await onDiskNow);
    const written = await writeFileDurable(this.file, bytes, this.fs, { temp, beforeReplace });
    this.guard.replaced(stampText(written));
  }

  /**
   * The write through the writer thread: the same size check first, and the guard asked only when the file on disk is
   * not the one this store last wrote or read (the thread compares the stamps just before the rename).
   */
  private async writeOnThread(thread: WriterThread, data: UserDocument): Promise<void> {
    const bytes = this.bytesOf(data);
    const written = await thread.write({
      file: this.file,
      temp: tempPathFor(this.file),
      bytes,
      expected: this.guard.known(),
      beforeReplace: (onDiskNow) => this.guard.beforeReplace(onDiskNow),
    });
    this.guard.replaced(stampText(written));
  }

  /**
   * The document's bytes, refused when they are more than Pathboard can read back. Bytes, not a string: the limit is
   * checked on the bytes written. (A 1 MB string from JSON.stringify is a rope that costs 4 ms to flatten before it
   * can be measured or written; DocumentText never builds one.)
   */
  private bytesOf(data: UserDocument): Uint8Array {
    const bytes = this.text.encode(data);
    if (bytes.length > MAX_DOCUMENT_BYTES) throw new DocumentTooLargeError(bytes.length);
    return bytes;
  }
}

const stampText = (s: FileStamp) => `${s.size}:${s.mtimeMs}`;

/** The data file's size and modification time, or null when it does not exist. Never rejects. */
export async function fileStamp(file: string): Promise<string | null> {
  try {
    return stampText(await stat(file));
  } catch {
    return null;
  }
}
