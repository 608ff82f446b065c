// An exclusive lock beside the data file (`<file>.lock`, holding the owner's pid and host name) so two processes never
// write one file. The holder touches the lock every minute (a heartbeat), so a lock nobody touches is known to be stale
// whoever wrote it: a crashed Pathboard, a pid since reused by another program, or a computer that synced its lock
// here and then went away.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { unlinkSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Notice } from '../../shared/document';
import { nodeFs, removeOrRemember, type StoreFs } from './durableWrite';
import { errnoOf } from './errors';

/** How often a holder touches its lock, and how long a lock may go untouched before it is taken for stale. */
export const HEARTBEAT_MS = 60_000;
export const STALE_AFTER_MS = 5 * HEARTBEAT_MS;

/** Another live process holds the data file. Electron's single-instance lock normally stops this earlier. */
export class DataFileLockedError extends Error {
  constructor(
    readonly file: string,
    readonly holderPid: number,
    /** The computer the holder runs on, when it is not this one (a lock that came through a synced folder). */
    readonly holderHost: string | null = null,
  ) {
    super(
      holderHost
        ? `Pathboard on the computer "${holderHost}" (process ${holderPid}) is using your data file at ${file}, which syncs between your computers. ` +
            `Close Pathboard there and let the folder sync, then open Pathboard here again. If Pathboard is not running on "${holderHost}", ` +
            `wait ${STALE_AFTER_MS / 60_000} minutes (Pathboard then takes the lock over and says so) or delete ${lockPathOf(file)}.`
        : `Another Pathboard (process ${holderPid}) is already using your data file at ${file}. Close it and open Pathboard again; ` +
            `if no other Pathboard is running, delete ${lockPathOf(file)}.`,
    );
    this.name = 'DataFileLockedError';
  }
}

/** The lock's path holds something that is not a lock file (a folder, a device): Pathboard will not touch it. */
export class LockFileProblemError extends Error {
  constructor(lockPath: string, what: string) {
    super(`Pathboard keeps a small lock file at ${lockPath}, but ${what} is there instead. Move it away and open Pathboard again. Nothing was changed.`);
    this.name = 'LockFileProblemError';
  }
}

/** This computer's name as the lock records it (one line, so the lock file stays two lines). */
export const thisHost = (): string => hostname().replace(/[\r\n]/g, ' ').trim() || 'unknown';

interface Holder {
  pid: number;
  /** Null in a lock written before locks recorded the host: it was then always a local one. */
  host: string | null;
}

export interface FileLock {
  readonly path: string;
  /** Set when a stale lock was taken over: what the learner is told, naming the computer that held it. */
  readonly notice: Notice | null;
  /** Releases this holder's share; the file is removed when the last holder in this process lets go. Never rejects. */
  release(): Promise<void>;
}

export function lockPathOf(file: string): string {
  return `${file}.lock`;
}

// Holders in this process, by lock path. Opening the same file twice in one process is allowed (tests and the browser
// harness "restart" the api in-process); the lock is about other processes.
const held = new Map<string, { count: number; fs: StoreFs }>();


let heartbeat: NodeJS.Timeout | null = null;
function beat(): void {
  if (heartbeat || held.size === 0) return;
  heartbeat = setInterval(() => {
    if (held.size === 0 && heartbeat) {
      clearInterval(heartbeat);
      heartbeat = null;
    }
    for (const [path, { fs }] of held) void fs.touch(path).catch(() => undefined);
  }, HEARTBEAT_MS);
  heartbeat.unref();
}

/** True when a process with this pid exists (ours or anyone's). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Parses a lock: the pid on the first line (all an older Pathboard reads), the host name on the second. */
export function parseLock(text: string): Holder | null {
  const [first = '', second] = text.split('\n');
  const pid = Number.parseInt(first, 10);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  const host = second?.trim();
  return { pid, host: host ? host : null };
}

const lockText = () => `${process.pid}\n${thisHost()}\n`;
const isOurs = (h: Holder | null) => h !== null && h.pid === process.pid && (h.host === null || h.host === thisHost());

/** The lock there now, with how long ago it was last touched; null when there is none. */
async function readHolder(lockPath: string, fs: StoreFs): Promise<{ holder: Holder | null; idleMs: number } | null> {
  let info;
  try {
    info = await fs.lstat(lockPath);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return null;
    throw error;
  }
  if (info.kind === 'folder') throw new LockFileProblemError(lockPath, 'a folder');
  if (info.kind === 'special') throw new LockFileProblemError(lockPath, 'a special file (a pipe, socket or device)');
  try {
    return { holder: parseLock(await fs.readFile(lockPath, 'utf8')), idleMs: Date.now() - info.mtimeMs };
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return null;
    throw error;
  }
}

/** Why a lock there does not stop us (a notice when a live-looking one is taken over), or the error that it does. */
function staleness(file: string, lockPath: string, found: { holder: Holder | null; idleMs: number }): { notice: Notice | null } {
  const { holder, idleMs } = found;
  if (holder === null) return { notice: null };
  const minutes = Math.round(idleMs / 60_000);
  const remote = holder.host !== null && holder.host !== thisHost();
  if (remote) {
    // Another computer's process cannot be checked from here: only a lock it stopped touching is stale.
    if (idleMs < STALE_AFTER_MS) throw new DataFileLockedError(file, holder.pid, holder.host);
    const message =
      `Pathboard on the computer "${holder.host}" held your data file ${file}, but has not touched its lock for ${minutes} minutes, ` +
      `so it is not running there any more and Pathboard took the lock over. If Pathboard is open on "${holder.host}" after all, close it there: ` +
      'changes from both are kept (Pathboard never writes over a version it did not write).';
    return { notice: { kind: 'lock-taken-over', message, path: lockPath } };
  }
  if (holder.pid === process.pid || !isAlive(holder.pid)) return { notice: null };
  // A live process with that pid that does not touch the lock is not Pathboard (the pid was reused since a crash).
  if (idleMs < STALE_AFTER_MS) throw new DataFileLockedError(file, holder.pid);
  const message = `The lock on your data file named process ${holder.pid}, which is running but is not Pathboard (the lock was ${minutes} minutes old), so Pathboard took it over.`;
  return { notice: { kind: 'lock-taken-over', message, path: lockPath } };
}

/**
 * Takes the lock or throws DataFileLockedError. The lock is created by hard-linking a temp file that already holds our
 * pid, so it never exists empty. A stale lock (see `staleness`) is taken over.
 */
export async function acquireLock(file: string, fs: StoreFs = nodeFs): Promise<FileLock> {
  const lockPath = resolve(lockPathOf(file));
  const mine = held.get(lockPath);
  if (mine) {
    mine.count += 1;
    return handle(lockPath, null, fs);
  }
  const temp = join(dirname(lockPath), `.${basename(lockPath)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const out = await fs.open(temp, 'wx', 0o600);
    try {
      await out.writeFile(lockText());
    } finally {
      await out.close().catch(() => undefined);
    }
    let notice: Notice | null = null;
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await fs.link(temp, lockPath);
        held.set(lockPath, { count: 1, fs });
        beat();
        return handle(lockPath, notice, fs);
      } catch (error) {
        if (errnoOf(error) !== 'EEXIST') throw error;
      }
      const found = await readHolder(lockPath, fs);
      if (found) notice = staleness(file, lockPath, found).notice ?? notice;
      // Stale. Two processes taking over the same stale lock in the same instant could both succeed here; that race
      // needs two copies of Pathboard started together on one file, which Electron's single-instance lock already stops.
      await fs.unlink(lockPath).catch((error: unknown) => {
        if (errnoOf(error) !== 'ENOENT') throw error;
      });
    }
    throw new DataFileLockedError(file, (await readHolder(lockPath, fs))?.holder?.pid ?? 0);
  } finally {
    await removeOrRemember(temp, fs);
  }
}

function handle(lockPath: string, notice: Notice | null, fs: StoreFs): FileLock {
  let released = false;
  return {
    path: lockPath,
    notice,
    async release() {
      if (released) return;
      released = true;
      const mine = held.get(lockPath);
      if (mine && mine.count > 1) {
        mine.count -= 1;
        return;
      }
      held.delete(lockPath);
      // Removed only while it still names this process and nobody here took it again; when the disk refuses, it is
      // tried again after the next successful write (and a start after this process ends finds it stale anyway).
      const stillOurs = async () => !held.has(lockPath) && isOurs((await readHolder(lockPath, fs))?.holder ?? null);
      await removeOrRemember(lockPath, fs, stillOurs);
    },
  };
}

/** For the app's quit path, where there is no time for async work: drops every lock this process holds. */
export function releaseAllLocksSync(): void {
  for (const lockPath of held.keys()) {
    try {
      if (isOurs(parseLock(readFileSync(lockPath, 'utf8')))) unlinkSync(lockPath);
    } catch {
      // Already gone, or unreadable: the next start treats a dead pid's lock as stale anyway.
    }
  }
  held.clear();
}
