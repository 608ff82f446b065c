// The one file system seam of Pathboard's persistence, and the one durable write every file Pathboard writes goes
// through: unique temp file, fsync, rename over the target, fsync the folder.
import type { Stats } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** The part of an open file the writer needs. */
export interface WritableHandle {
  /** A string is written as UTF-8; bytes as they are. */
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  /** Read from the open file, so it describes the bytes written here whatever happens to the path later. */
  stat(): Promise<FileStamp>;
  close(): Promise<void>;
}

/** Size and modification time: enough to tell the file Pathboard wrote from one another program put in its place. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/** What `stat` and `lstat` tell the store about a path. */
export interface PathInfo extends FileStamp {
  kind: 'file' | 'folder' | 'link' | 'special';
}

/**
 * Every file system call the store, recovery, locks, backups, exports and folder moves make, as one seam: tests pass a
 * wrapper that fails the k-th call with EIO, ENOSPC, EACCES or EPERM, or records the order of calls, without touching
 * Node's globals. The app uses `nodeFs`.
 */
export interface StoreFs {
  open(path: string, flags: 'wx' | 'r', mode?: number): Promise<WritableHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  link(existing: string, path: string): Promise<void>;
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  readdir(path: string): Promise<string[]>;
  /** Follows links. Rejects with ENOENT when nothing is there. */
  stat(path: string): Promise<PathInfo>;
  /** Does not follow a link: says 'link'. */
  lstat(path: string): Promise<PathInfo>;
  realpath(path: string): Promise<string>;
  /** Sets a file's modification time to now (the lock's heartbeat). */
  touch(path: string): Promise<void>;
  /**
   * Why Pathboard must not write the data file, or null when it may: the errno-style code of a folder it cannot write
   * to (EACCES, EROFS, …), and whether the file or the folder is the read-only one.
   */
  writeBlocked(file: string): Promise<{ code: string; what: 'file' | 'folder' } | null>;
}

const noWriteBits = async (path: string) => ((await fsp.stat(path)).mode & 0o222) === 0;

function infoOf(s: Stats): PathInfo {
  const kind = s.isSymbolicLink() ? 'link' : s.isDirectory() ? 'folder' : s.isFile() ? 'file' : 'special';
  return { kind, size: s.size, mtimeMs: s.mtimeMs };
}

export const nodeFs: StoreFs = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  link: (existing, path) => fsp.link(existing, path),
  readFile: (path, encoding) => fsp.readFile(path, encoding),
  readdir: (path) => fsp.readdir(path),
  stat: async (path) => infoOf(await fsp.stat(path)),
  lstat: async (path) => infoOf(await fsp.lstat(path)),
  realpath: (path) => fsp.realpath(path),
  touch: async (path) => {
    const now = new Date();
    await fsp.utimes(path, now, now);
  },
  async writeBlocked(file) {
    const dir = dirname(file);
    try {
      await fsp.access(dir, fsp.constants.W_OK);
    } catch (error) {
      return { code: (error as NodeJS.ErrnoException).code ?? 'EACCES', what: 'folder' };
    }
    // Mode bits as well as access(): an administrator passes access() on a folder or file the learner made read-only.
    if (await noWriteBits(dir).catch(() => false)) return { code: 'EACCES', what: 'folder' };
    if (await noWriteBits(file).catch(() => false)) return { code: 'EACCES', what: 'file' };
    return null;
  },
};

/** True when something (a file, a folder, a link) is at `path`. A stat that fails otherwise than ENOENT rejects. */
export async function isThere(path: string, fs: StoreFs): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Hex, so temp names keep the shape start-up recovery looks for: `.<name>.<pid>.<hex>.tmp`. */
const PROCESS_TAG = randomBytes(4).toString('hex');
let temps = 0;

/** A new temp file name beside `file`, never given before in this process. */
export function tempPathFor(file: string): string {
  temps += 1;
  return join(dirname(file), `.${basename(file)}.${process.pid}.${PROCESS_TAG}${temps.toString(16)}.tmp`);
}

/**
 * Files Pathboard made and could not remove when a step failed (the disk refused the unlink too): each is tried again
 * after the next write that succeeds, so a fault that clears leaves no stray file behind. `stillOurs`, when given, is
 * asked first (a lock file is removed only while it still names this process and no holder here took it again).
 */
const leftovers = new Map<string, { fs: StoreFs; stillOurs?: () => Promise<boolean> }>();

/** Removes `path`, or remembers it to try again after the next successful write. ENOENT counts as removed. */
export async function removeOrRemember(path: string, fs: StoreFs, stillOurs?: () => Promise<boolean>): Promise<void> {
  try {
    if (stillOurs && !(await stillOurs())) {
      leftovers.delete(path);
      return;
    }
    await fs.unlink(path);
    leftovers.delete(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') leftovers.delete(path);
    else leftovers.set(path, stillOurs ? { fs, stillOurs } : { fs });
  }
}

/** Tries again to remove the files earlier failures left. */
export async function sweepLeftovers(): Promise<void> {
  for (const [path, { fs, stillOurs }] of [...leftovers]) await removeOrRemember(path, fs, stillOurs);
}

export interface DurableWriteOptions {
  /**
   * Runs once the new bytes are on disk and before they take the file's name: a check that may refuse (or move the old
   * file aside) just before the replace.
   */
  beforeReplace?: () => Promise<void>;
}

/** What a write that replaced the file tells: the new file's stamp, and whether the folder's fsync made it durable. */
export interface Written {
  stamp: FileStamp;
  /**
   * False when the rename happened but the folder could not be flushed: the new file is there and is what the next
   * start opens, but a power cut before the system flushes the folder could bring back the old one.
   */
  flushed: boolean;
  /** The errno code of the folder fsync that failed (when `flushed` is false). */
  flushError?: string;
}

/**
 * Replaces `file` with `data` so that a crash leaves the old file or the new one, never a mix. Rejects only when the
 * file was not replaced (the old file is then as it was and the temp file removed, or remembered for removal); once
 * the rename happened it resolves, saying whether the folder's fsync succeeded.
 */
export async function writeFileDurable(
  file: string,
  data: string | Uint8Array,
  fs: StoreFs = nodeFs,
  { beforeReplace }: DurableWriteOptions = {},
): Promise<Written> {
  const temp = tempPathFor(file);
  const handle = await fs.open(temp, 'wx', 0o600);
  let stamp: FileStamp;
  try {
    await handle.writeFile(data);
    // The bytes must be on disk before the rename makes them the file, or a power cut can leave an empty file behind.
    await handle.sync();
    stamp = await handle.stat();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await removeOrRemember(temp, fs);
    throw error;
  }
  try {
    await handle.close();
    await beforeReplace?.();
    await fs.rename(temp, file);
  } catch (error) {
    await removeOrRemember(temp, fs);
    throw error;
  }
  const flushError = await syncFolder(dirname(file), fs);
  await sweepLeftovers();
  return flushError ? { stamp, flushed: false, flushError } : { stamp, flushed: true };
}

/** Flushes the folder's entry for the renamed file; the errno code when that failed, null when done or not possible. */
async function syncFolder(dir: string, fs: StoreFs): Promise<string | null> {
  // Windows can neither open a folder nor fsync one: its rename is as durable as it gets there.
  if (process.platform === 'win32') return null;
  let handle: WritableHandle;
  try {
    handle = await fs.open(dir, 'r');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'EIO';
  }
  let failed: string | null = null;
  try {
    await handle.sync();
  } catch (error) {
    // EINVAL: a file system that does not support fsync on folders (some network and FUSE mounts).
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    if (code !== 'EINVAL') failed = code;
  }
  await handle.close().catch(() => undefined);
  return failed;
}
