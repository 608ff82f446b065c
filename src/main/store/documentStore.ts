// The user's document on disk: lowdb over a durable adapter, one write queue, a lock, a last-good copy, and a guard that
// never overwrites a file it could not read.
import { access, readdir, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import {
  SCHEMA_VERSION,
  emptyDocument,
  type Notice,
  type UserDocument,
} from '../../shared/document';
import { parseDocumentText } from '../../shared/documentFile';
import { nodeFs, writeFileDurable, type StoreFs } from './durableWrite';
import { acquireLock, isAlive, type FileLock } from './lockFile';

export { DataFileLockedError } from './lockFile';

export class ReadOnlyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReadOnlyError';
  }
}

/** The data file exists but could not be read at all (not a parse problem): Pathboard must not start over it. */
export class DataFileUnreadableError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    const code = (cause as NodeJS.ErrnoException).code ?? 'unknown error';
    super(
      `Pathboard could not open your data file at ${file} because ${describeIoError(code)} (${code}). ` +
        'Nothing was changed. Check the file and its folder, then open Pathboard again.',
      { cause },
    );
    this.name = 'DataFileUnreadableError';
  }
}

/** A write failed; memory and the file on disk both still hold the previous document. `code` is the errno code. */
export class WriteFailedError extends Error {
  constructor(
    readonly code: string,
    readonly file: string,
  ) {
    super(
      `Pathboard could not save your change because ${describeIoError(code)} (${code}). ` +
        `Your data file was not changed and the change was not kept; fix that and try again.`,
    );
    this.name = 'WriteFailedError';
  }
}

/** The problem behind an errno code, in words a learner can act on. */
export function describeIoError(code: string): string {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EACCES':
    case 'EPERM':
      return 'Pathboard is not allowed to write to its data folder';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EIO':
      return 'the disk reported a read or write error';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'the data folder no longer exists';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open';
    case 'EBUSY':
      return 'the file is in use by another program';
    default:
      return 'of an unexpected file system error';
  }
}

export interface StoreOptions {
  /** File system seam for tests; defaults to node:fs. */
  fs?: StoreFs;
}

class DurableJsonAdapter implements Adapter<UserDocument> {
  constructor(
    private readonly file: string,
    private readonly fs: StoreFs,
  ) {}

  // Reading happens in DocumentStore.open, where a bad file can be told apart from a missing one.
  async read(): Promise<UserDocument | null> {
    return null;
  }

  async write(data: UserDocument): Promise<void> {
    await writeFileDurable(this.file, serialize(data), this.fs);
  }
}

function serialize(doc: UserDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

type LoadOutcome =
  | { kind: 'missing' }
  | { kind: 'ok'; document: UserDocument; text: string }
  | { kind: 'newer'; version: number }
  | { kind: 'bad'; reason: string };

/** parse -> migrate -> validate. Throws only when the file exists but cannot be read at all. */
async function loadFile(file: string, fs: StoreFs): Promise<LoadOutcome> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw new DataFileUnreadableError(file, error);
  }
  const parsed = parseDocumentText(text);
  return parsed.kind === 'ok' ? { ...parsed, text } : parsed;
}

/** `pathboard.json` -> `pathboard.bak.json`: the copy of the last data file that loaded and validated. */
export function backupPath(file: string): string {
  const ext = extname(file);
  return join(dirname(file), `${basename(file, ext)}.bak${ext}`);
}

export function quarantineName(file: string, now: Date): string {
  const ext = extname(file);
  const stem = basename(file, ext);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return join(dirname(file), `${stem}.corrupt-${stamp}${ext}`);
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Renames a bad file to a timestamped name beside it, never over an earlier one. */
async function moveAside(file: string, now: Date, fs: StoreFs): Promise<string> {
  const base = quarantineName(file, now);
  let aside = base;
  for (let n = 1; await exists(aside); n++) aside = base.replace(/(\.[^.]*)$/, `-${n}$1`);
  await fs.rename(file, aside);
  return aside;
}

/** Refreshes the last-good copy from text that just loaded and validated. A failure here must not stop the app. */
async function refreshBackup(backup: string, text: string, fs: StoreFs): Promise<void> {
  try {
    const current = await fs.readFile(backup, 'utf8').catch(() => null);
    if (current === text) return;
    if (current !== null) {
      // A copy a newer Pathboard left is not ours to replace (the user may go back to that version).
      const version = (JSON.parse(current) as { schemaVersion?: unknown } | null)?.schemaVersion;
      if (typeof version === 'number' && version > SCHEMA_VERSION) return;
    }
  } catch {
    // An unparseable copy is simply replaced.
  }
  await writeFileDurable(backup, text, fs).catch(() => undefined);
}

/**
 * Deletes temp files that writers killed mid-save left beside the data file (`.<name>.<pid>.<hex>.tmp`). Only a dead
 * process's files: one of ours may still be in flight when the file is opened twice in this process.
 */
async function removeCrashLeftovers(file: string): Promise<void> {
  const names = new Set([basename(file), basename(backupPath(file)), `${basename(file)}.lock`]);
  let entries: string[];
  try {
    entries = await readdir(dirname(file));
  } catch {
    return;
  }
  for (const entry of entries) {
    const match = /^\.(.+)\.(\d+)\.[0-9a-f]+\.tmp$/.exec(entry);
    if (!match || !names.has(match[1]!)) continue;
    const pid = Number(match[2]);
    if (pid !== process.pid && !isAlive(pid)) await unlink(join(dirname(file), entry)).catch(() => undefined);
  }
}

interface Loaded {
  document: UserDocument;
  notices: Notice[];
  /** null when the store may write. Set only from a load outcome: nothing else makes a store writable. */
  readOnlyReason: string | null;
}

function newerMessage(version: number, what: string): string {
  return `${what} was written by a newer version of Pathboard (data format ${version}). It is open read-only so nothing in it is lost: update Pathboard to make changes.`;
}

async function load(file: string, now: () => Date, fs: StoreFs): Promise<Loaded> {
  const main = await loadFile(file, fs);
  switch (main.kind) {
    case 'ok':
      await refreshBackup(backupPath(file), main.text, fs);
      return { document: main.document, notices: [], readOnlyReason: null };
    case 'missing':
      // A fresh start. The last-good copy (if any) is left alone: it is refreshed only from a file that loaded.
      return { document: emptyDocument(), notices: [], readOnlyReason: null };
    case 'newer': {
      const message = newerMessage(main.version, 'Your data file');
      return { document: emptyDocument(), notices: [{ kind: 'data-file-newer', message, path: file }], readOnlyReason: message };
    }
    case 'bad':
      return recoverFromBackup(file, main.reason, now(), fs);
  }
}

async function recoverFromBackup(file: string, reason: string, now: Date, fs: StoreFs): Promise<Loaded> {
  const backup = backupPath(file);
  const copy = await loadFile(backup, fs).catch(
    (error: unknown): LoadOutcome => ({ kind: 'bad', reason: (error as Error).message }),
  );
  const aside = await moveAside(file, now, fs);
  const unreadable = `Pathboard could not read your data file because ${reason}. It was moved, unchanged, to ${aside}`;
  switch (copy.kind) {
    case 'ok': {
      // Put the copy back as the data file now, so the restore survives even if the learner changes nothing. If this
      // write fails the document is still in memory and the first change writes it.
      await writeFileDurable(file, copy.text, fs).catch(() => undefined);
      const message = `${unreadable}, and the last good copy of your data (${backup}, saved when Pathboard last opened it) was restored. Changes made after that may be missing.`;
      return { document: copy.document, notices: [{ kind: 'data-file-quarantined', message, path: aside }], readOnlyReason: null };
    }
    case 'missing': {
      const message = `${unreadable} and Pathboard started with fresh data. There was no last good copy to restore.`;
      return { document: emptyDocument(), notices: [{ kind: 'data-file-quarantined', message, path: aside }], readOnlyReason: null };
    }
    case 'newer': {
      const message = newerMessage(copy.version, `The last good copy of your data (${backup})`);
      return {
        document: emptyDocument(),
        notices: [
          { kind: 'data-file-quarantined', message: `${unreadable}.`, path: aside },
          { kind: 'data-file-newer', message, path: backup },
        ],
        readOnlyReason: message,
      };
    }
    case 'bad': {
      const backupAside = await moveAside(backup, now, fs);
      const message = `${unreadable}. The last good copy could not be read either (${copy.reason}); it was moved, unchanged, to ${backupAside}. Pathboard started with fresh data.`;
      return {
        document: emptyDocument(),
        notices: [
          { kind: 'data-file-quarantined', message, path: aside },
          {
            kind: 'data-file-quarantined',
            message: `The last good copy of your data could not be read because ${copy.reason}. It was moved, unchanged, to ${backupAside}.`,
            path: backupAside,
          },
        ],
        readOnlyReason: null,
      };
    }
  }
}

export class DocumentStore {
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  // Private: the only way to get a store is open(), and open() builds one only from a finished load. A file that could
  // not be read throws there, so no store (and no writer) ever exists for it.
  private constructor(
    private readonly file: string,
    private readonly db: Low<UserDocument>,
    readonly notices: Notice[],
    private readonly readOnlyReason: string | null,
    private readonly lock: FileLock,
  ) {}

  /**
   * Takes the file's lock, then loads it. A file that cannot be read as a Pathboard document is moved aside (never written
   * over) and the last good copy is restored when there is one. Throws DataFileLockedError when another process holds
   * the file and DataFileUnreadableError when it exists but cannot be read at all.
   */
  static async open(file: string, clock: () => Date, options: StoreOptions = {}): Promise<DocumentStore> {
    const fs = options.fs ?? nodeFs;
    const lock = await acquireLock(file);
    try {
      await removeCrashLeftovers(file);
      const loaded = await load(file, clock, fs);
      const db = new Low<UserDocument>(new DurableJsonAdapter(file, fs), loaded.document);
      return new DocumentStore(file, db, loaded.notices, loaded.readOnlyReason, lock);
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  get document(): UserDocument {
    return this.db.data;
  }

  get readOnly(): boolean {
    return this.readOnlyReason !== null;
  }

  /** Applies a pure change and resolves once it is durably on disk; on a failed write memory keeps the old document. */
  update(change: (doc: UserDocument) => UserDocument): Promise<UserDocument> {
    // Checked when the change is queued, so changes queued before close() still run.
    if (this.closed) return Promise.reject(new ReadOnlyError('Pathboard is closing; the change was not saved.'));
    const run = async (): Promise<UserDocument> => {
      if (this.readOnlyReason) throw new ReadOnlyError(this.readOnlyReason);
      const previous = this.db.data;
      const next = change(previous);
      if (next === previous) return previous;
      this.db.data = next;
      try {
        await this.db.write();
      } catch (error) {
        this.db.data = previous;
        const code = (error as NodeJS.ErrnoException).code;
        throw typeof code === 'string' ? new WriteFailedError(code, this.file) : error;
      }
      return next;
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Waits for queued writes, refuses later ones and releases the lock. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue;
    await this.lock.release();
  }
}
