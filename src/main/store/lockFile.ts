// An exclusive lock beside the data file (`<file>.lock`, holding the owner's pid and host name) so two processes never
// write one file. In a synced folder the lock travels to other computers: a lock from another host is respected, never
// taken for a stale local one, since this computer cannot tell whether that process is alive.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { link, readFile, unlink, writeFile } from 'node:fs/promises';
import { unlinkSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

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
            `Close Pathboard there and let the folder sync, then open Pathboard here again. If Pathboard is not running on "${holderHost}" ` +
            `(it was switched off while Pathboard was open), delete ${lockPathOf(file)}.`
        : `Another Pathboard (process ${holderPid}) is already using your data file at ${file}. Close it and open Pathboard again; ` +
            `if no other Pathboard is running, delete ${lockPathOf(file)}.`,
    );
    this.name = 'DataFileLockedError';
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
  /** Releases this holder's share; the file is removed when the last holder in this process lets go. */
  release(): Promise<void>;
}

export function lockPathOf(file: string): string {
  return `${file}.lock`;
}

// Holders in this process, by lock path. Opening the same file twice in one process is allowed (tests and the browser
// harness "restart" the api in-process); the lock is about other processes.
const held = new Map<string, number>();

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

async function readHolder(lockPath: string): Promise<Holder | null> {
  try {
    return parseLock(await readFile(lockPath, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Takes the lock or throws DataFileLockedError. The lock is created by hard-linking a temp file that already holds our
 * pid, so it never exists empty. A lock whose pid is dead (a crash, a SIGKILL) or is our own pid without a holder here
 * (a dead process whose pid we reused) is stale and taken over.
 */
export async function acquireLock(file: string): Promise<FileLock> {
  const lockPath = resolve(lockPathOf(file));
  const count = held.get(lockPath);
  if (count !== undefined) {
    held.set(lockPath, count + 1);
    return handle(lockPath);
  }
  const temp = join(dirname(lockPath), `.${basename(lockPath)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  await writeFile(temp, lockText(), { flag: 'wx', mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await link(temp, lockPath);
        held.set(lockPath, 1);
        return handle(lockPath);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = await readHolder(lockPath);
      // Another computer's process cannot be checked from here, so its lock always stands.
      if (holder !== null && holder.host !== null && holder.host !== thisHost()) throw new DataFileLockedError(file, holder.pid, holder.host);
      if (holder !== null && holder.pid !== process.pid && isAlive(holder.pid)) throw new DataFileLockedError(file, holder.pid);
      // Stale. Two processes taking over the same stale lock in the same instant could both succeed here; that race
      // needs two copies of Pathboard started together on one file, which Electron's single-instance lock already stops.
      await unlink(lockPath).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
    throw new DataFileLockedError(file, (await readHolder(lockPath))?.pid ?? 0);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

function handle(lockPath: string): FileLock {
  let released = false;
  return {
    path: lockPath,
    async release() {
      if (released) return;
      released = true;
      const count = held.get(lockPath) ?? 0;
      if (count > 1) {
        held.set(lockPath, count - 1);
        return;
      }
      held.delete(lockPath);
      if (isOurs(await readHolder(lockPath))) await unlink(lockPath).catch(() => undefined);
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
