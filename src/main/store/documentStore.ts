// src/main/store/: the learner's data file on disk: write queue, lock, start-up recovery, sync watching.
// The user's document on disk: lowdb over a durable adapter, one write queue, a lock, and a guard against writing over
// another device's version. Start-up recovery (what to open, restore or move aside) is in recovery.ts.
import { basename, dirname, extname, join } from 'node:path';
import { Low } from 'lowdb';
import type { Notice, UserDocument } from '../../shared/document';
import { DurableJsonAdapter, fileStamp, type WriteGuard } from './durableJsonAdapter';
import { nodeFs, type StoreFs } from './durableWrite';
import { DocumentTooLargeError, ReadOnlyError, WriteFailedError, errnoOf } from './errors';
import { acquireLock, type FileLock } from './lockFile';
import { writerThread } from './writerThread';
import { exists, load, removeCrashLeftovers } from './recovery';

export interface StoreOptions {
  /** File system seam for tests; defaults to node:fs. */
  fs?: StoreFs;
}

const NO_LOCK: FileLock = { path: '', release: async () => undefined };
const LOCK_WRITE_ERRORS = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT']);

export class DocumentStore {
  /** The running drain, so close() can wait for queued writes. */
  private queue: Promise<void> = Promise.resolve();
  private closed = false;

  // Private: the only way to get a store is open(), and open() builds one only from a finished load. A file that could
  // not be read throws there, so no store (and no writer) ever exists for it.
  // The file, its lowdb and its lock change together, only in relocate() (File > Move data folder…).
  private db: Low<UserDocument>;
  private adapter!: DurableJsonAdapter;
  private constructor(
    private current: string,
    document: UserDocument,
    readonly notices: Notice[],
    private readonly readOnlyReason: string | null,
    private lock: FileLock,
    private readonly fs: StoreFs,
  ) {
    this.db = this.lowFor(current, document);
  }

  /** The document held by lowdb and written to `file` under this store's guard. */
  private lowFor(file: string, document: UserDocument): Low<UserDocument> {
    const guard: WriteGuard = {
      beforeReplace: (onDiskNow) => this.keepOtherVersion(onDiskNow),
      known: () => this.onDisk,
      replaced: (written) => {
        this.onDisk = written;
      },
    };
    // The real file system writes through the writer thread; a test's seam sees every call itself.
    this.adapter = new DurableJsonAdapter(file, this.fs, guard, this.fs === nodeFs ? writerThread : null);
    return new Low<UserDocument>(this.adapter, document);
  }

  /**
   * Takes the file's lock, then loads it. A file that cannot be read as a Pathboard document is moved aside (never written
   * over) and the last good copy is restored when there is one. Throws DataFileLockedError when another process holds
   * the file and DataFileUnreadableError when it exists but cannot be read at all.
   */
  static async open(file: string, clock: () => Date, options: StoreOptions = {}): Promise<DocumentStore> {
    const fs = options.fs ?? nodeFs;
    // A folder Pathboard cannot write to (or a full disk) cannot hold a lock either: the data then opens read-only, which
    // needs no lock because nothing is written. Another live Pathboard holding the file still stops the start.
    let lock: FileLock = NO_LOCK;
    let lockProblem: string | null = null;
    try {
      lock = await acquireLock(file);
    } catch (error) {
      if (!(LOCK_WRITE_ERRORS.has(errnoOf(error)))) throw error;
      lockProblem = errnoOf(error);
    }
    try {
      await removeCrashLeftovers(file);
      const loaded = await load(file, clock, fs, lockProblem);
      const store = new DocumentStore(file, loaded.document, loaded.notices, loaded.readOnlyReason, lock, fs);
      store.onDisk = await fileStamp(file);
      return store;
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  get document(): UserDocument {
    return this.db.data;
  }

  /** The data file this store reads and writes: where it was opened, or where the last move put it. */
  get file(): string {
    return this.current;
  }

  get readOnly(): boolean {
    return this.readOnlyReason !== null;
  }

  /**
   * Applies a pure change and resolves once it is durably on disk; on a failed write memory keeps the old document.
   * Changes that arrive while a write is in flight are applied in order and written together with one fsync: each
   * resolves with the document after its own change, once the write that holds it is on disk.
   */
  update(change: (doc: UserDocument) => UserDocument): Promise<UserDocument> {
    // Checked when the change is queued, so changes queued before close() still run.
    if (this.closed) return Promise.reject(new ReadOnlyError('Pathboard is closing; the change was not saved.'));
    return new Promise<UserDocument>((resolve, reject) => {
      this.waiting.push({ change, resolve, reject });
      if (!this.writing && !this.holding) this.queue = this.drain();
    });
  }

  /** Set while relocate() runs: changes queue up and are written, to the new file, once it is done. */
  private holding: Promise<unknown> | null = null;

  /**
   * Moves the open data to `target` without closing: with writes held back, takes the lock there, lets `place` copy and
   * verify the data and record the new place (it gets the document and this store's file system, and returns the
   * document the new file holds), then switches the file, the document and the lock, and lets go of the old lock. The
   * old files are left as they are. When the lock or `place` fails, the store stays on its old file, unchanged.
   */
  async relocate(target: string, place: (document: UserDocument, fs: StoreFs) => Promise<UserDocument>): Promise<UserDocument> {
    if (this.closed) throw new ReadOnlyError('Pathboard is closing; nothing was moved.');
    if (this.readOnlyReason) throw new ReadOnlyError(this.readOnlyReason);
    while (this.holding) await this.holding.catch(() => undefined);
    const run = (async () => {
      // Everything queued before the move is written to the old file first.
      await this.queue;
      const lock = await acquireLock(target);
      let document: UserDocument;
      try {
        document = await place(this.db.data, this.fs);
      } catch (error) {
        await lock.release();
        throw error;
      }
      const old = this.lock;
      this.current = target;
      this.db = this.lowFor(target, document);
      this.lock = lock;
      this.onDisk = await fileStamp(target);
      await old.release();
      return document;
    })();
    this.holding = run;
    try {
      return await run;
    } finally {
      this.holding = null;
      if (this.waiting.length > 0 && !this.writing) this.queue = this.drain();
    }
  }

  private readonly waiting: Array<{
    change: (doc: UserDocument) => UserDocument;
    resolve: (doc: UserDocument) => void;
    reject: (error: unknown) => void;
  }> = [];
  private writing = false;
  /** Size and time of the data file as this store last read or wrote it: anything else on disk came from elsewhere. */
  private onDisk: string | null = null;

  /** Called by the sync watcher once it has read the file as it is now: that version is then known, not foreign. */
  async acknowledgeDiskVersion(): Promise<void> {
    this.onDisk = await fileStamp(this.current);
  }

  /**
   * A synced folder can bring another device's version in between two of this window's writes. Before writing over
   * the file, a version this store did not write is moved aside as a conflict copy (which Pathboard offers to merge),
   * so it is never silently replaced.
   */
  private async keepOtherVersion(onDiskNow: string | null): Promise<void> {
    if (onDiskNow === null || onDiskNow === this.onDisk) return;
    const ext = extname(this.current);
    const name = `${basename(this.current, ext)}-conflict-other-device-${new Date().toISOString().replace(/[:.]/g, '-')}${ext}`;
    let aside = join(dirname(this.current), name);
    for (let n = 1; await exists(aside); n++) aside = join(dirname(this.current), name.replace(ext, `-${n}${ext}`));
    await this.fs.rename(this.current, aside);
    this.notices.push({
      kind: 'sync-kept-both',
      message: `Your data file ${this.current} was changed by another program or device since Pathboard last saved it. That version was kept, unchanged, as ${aside}: merge it to combine the two.`,
      path: aside,
    });
  }

  /** Writes batches until no change waits: everything that queued during one write goes into the next. */
  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0);
        // Behind a test's file system seam, the temp file and the stat start now, on the thread pool, while the batch is
        // applied and encoded here (the writer thread has nothing to start before it has the bytes).
        if (!this.readOnlyReason) this.adapter.prepare();
        const previous = this.db.data;
        const applied: Array<{ resolve: (doc: UserDocument) => void; reject: (error: unknown) => void; doc: UserDocument }> = [];
        let doc = previous;
        for (const item of batch) {
          try {
            if (this.readOnlyReason) throw new ReadOnlyError(this.readOnlyReason);
            doc = item.change(doc);
            applied.push({ resolve: item.resolve, reject: item.reject, doc });
          } catch (error) {
            item.reject(error);
          }
        }
        if (doc === previous) {
          await this.adapter.unprepare();
          for (const a of applied) a.resolve(a.doc);
          continue;
        }
        this.db.data = doc;
        try {
          await this.db.write();
        } catch (error) {
          this.db.data = previous;
          const code = (error as NodeJS.ErrnoException).code;
          const failure = typeof code === 'string' && !(error instanceof DocumentTooLargeError) ? new WriteFailedError(code, this.current) : error;
          for (const a of applied) a.reject(failure);
          continue;
        }
        for (const a of applied) a.resolve(a.doc);
      }
    } finally {
      this.writing = false;
    }
  }

  /** Waits for queued writes, refuses later ones and releases the lock. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.holding?.catch(() => undefined);
    await this.queue;
    await this.lock.release();
  }
}
