// src/main/store/: the learner's data file on disk: write queue, lock, start-up recovery, sync watching.
// The user's document on disk: lowdb over a durable adapter, one write queue, a lock, and a guard against writing over
// another device's version. Start-up recovery (what to open, restore or move aside) is in recovery.ts.
import { basename, dirname, extname, join } from 'node:path';
import { Low } from 'lowdb';
import type { Notice, UserDocument } from '../../shared/document';
import { DurableJsonAdapter, fileStamp, stampText, type WriteGuard } from './durableJsonAdapter';
import { isThere, nodeFs, sweepLeftovers, type StoreFs, type Written } from './durableWrite';
import { ReadOnlyError, WriteFailedError, errnoOf, notFlushedMessage } from './errors';
import { acquireLock, type FileLock } from './lockFile';
import { load, removeCrashLeftovers, resolveDataFile } from './recovery';

export interface StoreOptions {
  /** File system seam for tests; defaults to node:fs. */
  fs?: StoreFs;
}

const NO_LOCK: FileLock = { path: '', notice: null, release: async () => undefined };
// A lock that cannot be written (or read: EIO) means nothing can be saved safely: the data then opens read-only.
const LOCK_WRITE_ERRORS = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'EIO']);

export class DocumentStore {
  /** The running drain, so close() can wait for queued writes. */
  private queue: Promise<void> = Promise.resolve();
  private closed = false;

  // Private: the only way to get a store is open(), and open() builds one only from a finished load. A file that could
  // not be read throws there, so no store (and no writer) ever exists for it.
  // The file, its lowdb and its lock change together, only in relocate() (File > Move data folder…).
  private db: Low<UserDocument>;
  private constructor(
    private current: string,
    document: UserDocument,
    readonly notices: Notice[],
    private readonly readOnlyReason: string | null,
    private lock: FileLock,
    /** The seam every file system call of this store, its recovery, its lock and its callers' backups go through. */
    readonly fs: StoreFs,
  ) {
    this.db = this.lowFor(current, document);
  }

  /** The document held by lowdb and written to `file` under this store's guard. */
  private lowFor(file: string, document: UserDocument): Low<UserDocument> {
    const guard: WriteGuard = {
      beforeReplace: () => this.keepOtherVersion(),
      replaced: (written) => this.replaced(written),
    };
    return new Low<UserDocument>(new DurableJsonAdapter(file, this.fs, guard), document);
  }

  /** Remembers the new file's stamp, and tells the learner when the disk did not confirm the folder's flush. */
  private replaced(written: Written): void {
    this.onDisk = stampText(written.stamp);
    if (written.flushed) return;
    const notice: Notice = { kind: 'write-not-flushed', message: notFlushedMessage(this.current, written.flushError ?? 'EIO'), path: this.current };
    // Once per problem: a disk that keeps refusing is told about once, not after every change.
    if (!this.notices.some((n) => n.kind === notice.kind && n.message === notice.message)) this.notices.push(notice);
  }

  /**
   * Takes the file's lock, then loads it. A file that cannot be read as a Pathboard document is moved aside (never written
   * over) and the last good copy is restored when there is one. Throws DataFileLockedError when another process holds
   * the file; a file that exists but cannot be read opens read-only (recovery.ts), never over it.
   */
  static async open(path: string, clock: () => Date, options: StoreOptions = {}): Promise<DocumentStore> {
    const fs = options.fs ?? nodeFs;
    // A data file that is a symbolic link (kept in a synced folder that way) is read and written where it points.
    const file = await resolveDataFile(path, fs);
    // A folder Pathboard cannot write to (or a full disk) cannot hold a lock either: the data then opens read-only, which
    // needs no lock because nothing is written. Another live Pathboard holding the file still stops the start.
    let lock: FileLock = NO_LOCK;
    let lockProblem: string | null = null;
    try {
      lock = await acquireLock(file, fs);
    } catch (error) {
      if (!LOCK_WRITE_ERRORS.has(errnoOf(error))) throw error;
      lockProblem = errnoOf(error);
    }
    try {
      await sweepLeftovers();
      await removeCrashLeftovers(file, fs);
      const loaded = await load(file, clock, fs, lockProblem);
      const store = new DocumentStore(file, loaded.document, [...(lock.notice ? [lock.notice] : []), ...loaded.notices], loaded.readOnlyReason, lock, fs);
      store.onDisk = await fileStamp(file, fs);
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
      const lock = await acquireLock(target, this.fs);
      let document: UserDocument;
      try {
        document = await place(this.db.data, this.fs);
      } catch (error) {
        await lock.release().catch(() => undefined);
        throw error;
      }
      // The switch: nothing after this line can fail, so the store is never half on the old file and half on the new.
      const old = this.lock;
      this.current = target;
      this.db = this.lowFor(target, document);
      this.lock = lock;
      this.onDisk = await fileStamp(target, this.fs);
      // The old place's lock is let go of as well as the disk allows; one left behind names this process, which is
      // then dead or holds no lock on it, so any later start takes it over.
      await old.release().catch(() => undefined);
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
    this.onDisk = await fileStamp(this.current, this.fs);
  }

  /**
   * A synced folder can bring another device's version in between two of this window's writes. Before writing over
   * the file, a version this store did not write is moved aside as a conflict copy (which Pathboard offers to merge),
   * so it is never silently replaced.
   */
  private async keepOtherVersion(): Promise<void> {
    let onDiskNow: string | null;
    try {
      onDiskNow = stampText(await this.fs.stat(this.current));
    } catch (error) {
      // Not knowing what is there is no reason to write over it: only "nothing there" lets the write go on.
      if (errnoOf(error) !== 'ENOENT') throw error;
      onDiskNow = null;
    }
    if (onDiskNow === null || onDiskNow === this.onDisk) return;
    const ext = extname(this.current);
    const name = `${basename(this.current, ext)}-conflict-other-device-${new Date().toISOString().replace(/[:.]/g, '-')}${ext}`;
    let aside = join(dirname(this.current), name);
    for (let n = 1; await isThere(aside, this.fs); n++) aside = join(dirname(this.current), name.replace(ext, `-${n}${ext}`));
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
          for (const a of applied) a.resolve(a.doc);
          continue;
        }
        this.db.data = doc;
        try {
          await this.db.write();
        } catch (error) {
          this.db.data = previous;
          const code = (error as NodeJS.ErrnoException).code;
          const failure = typeof code === 'string' ? new WriteFailedError(code, this.current) : error;
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
