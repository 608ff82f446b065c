// Atomic, durable file replacement: unique temp file, fsync, rename over the target, fsync the folder.
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** The part of an open file the writer needs. */
export interface WritableHandle {
  /** A string is written as UTF-8; bytes as they are (the data file is encoded once, to check its size on the bytes). */
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

/**
 * The file system calls the store makes, as a seam: tests pass a wrapper that fails one call with ENOSPC, EACCES or EPERM,
 * or records the order of calls, without touching Node's globals.
 */
export interface StoreFs {
  open(path: string, flags: 'wx' | 'r', mode?: number): Promise<WritableHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  /**
   * Why Pathboard must not write the data file, or null when it may: the errno-style code of a folder it cannot write
   * to (EACCES, EROFS, …), and whether the file or the folder is the read-only one.
   */
  writeBlocked(file: string): Promise<{ code: string; what: 'file' | 'folder' } | null>;
}

const noWriteBits = async (path: string) => ((await fsp.stat(path)).mode & 0o222) === 0;

export const nodeFs: StoreFs = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  readFile: (path, encoding) => fsp.readFile(path, encoding),
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

/** A temp file being created beside the file it is to replace, and that folder opened for its fsync after the rename. */
export interface PendingTemp {
  readonly path: string;
  readonly handle: Promise<WritableHandle>;
  /** Never rejects (null: a platform that cannot open folders). */
  readonly folder: Promise<WritableHandle | null>;
}

/** Hex, so temp names keep the shape start-up recovery looks for: `.<name>.<pid>.<hex>.tmp`. */
const PROCESS_TAG = randomBytes(4).toString('hex');
let temps = 0;

/** A new temp file name beside `file`, never given before in this process (the writer thread uses these too). */
export function tempPathFor(file: string): string {
  temps += 1;
  return join(dirname(file), `.${basename(file)}.${process.pid}.${PROCESS_TAG}${temps.toString(16)}.tmp`);
}

/**
 * Starts creating the temp file that will replace `file`, and opening its folder. The store starts both before it
 * applies and encodes a batch of changes, so that work runs while the thread pool does the file system's. Unique per
 * process and per call, so two writers (or a crashed one's leftovers) never share a temp file.
 */
export function createTemp(file: string, fs: StoreFs = nodeFs): PendingTemp {
  const path = tempPathFor(file);
  const handle = fs.open(path, 'wx', 0o600);
  // A failure is reported by the write that uses the temp file; one that is discarded has nothing to report.
  handle.catch(() => undefined);
  return { path, handle, folder: fs.open(dirname(file), 'r').catch(() => null) };
}

/** Closes and removes a temp file that will not be written (the batch changed nothing, or could not be encoded). */
export async function discardTemp(temp: PendingTemp, fs: StoreFs = nodeFs): Promise<void> {
  const handle = await temp.handle.catch(() => null);
  if (handle) await discard(handle, temp.path, fs);
  await (await temp.folder)?.close().catch(() => undefined);
}

export interface DurableWriteOptions {
  /**
   * Runs once the new bytes are on disk and before they take the file's name: a check that may refuse (or move the old
   * file aside) then overlaps the write instead of coming before it.
   */
  beforeReplace?: () => Promise<void>;
  /** A temp file for `file` started earlier with createTemp; one is created otherwise. It is used up either way. */
  temp?: PendingTemp;
}

/**
 * Replaces `file` with `data` so that a crash leaves the old file or the new one, never a mix, and returns the stamp the
 * new file has: the store compares it with the file's stamp before its next write, to notice a version that another
 * program or device put there meanwhile. When the write or `beforeReplace` fails, the temp file is removed.
 */
export async function writeFileDurable(
  file: string,
  data: string | Uint8Array,
  fs: StoreFs = nodeFs,
  { beforeReplace, temp = createTemp(file, fs) }: DurableWriteOptions = {},
): Promise<FileStamp> {
  const { folder } = temp;
  let handle: WritableHandle;
  try {
    handle = await temp.handle;
  } catch (error) {
    await (await folder)?.close().catch(() => undefined);
    throw error;
  }
  let written: FileStamp;
  try {
    await handle.writeFile(data);
    // Read while the fsync runs, not after it: size and mtime are final once the write returned, and neither the fsync
    // nor the rename changes them, so this is the file's stamp under its own name without another call on the path.
    const stamp = handle.stat();
    // Awaited below; when the fsync fails first, its error is the one to report.
    stamp.catch(() => undefined);
    // The bytes must be on disk before the rename makes them the file, or a power cut can leave an empty file behind.
    await handle.sync();
    written = await stamp;
    await beforeReplace?.();
  } catch (error) {
    await discard(handle, temp.path, fs);
    await (await folder)?.close().catch(() => undefined);
    throw error;
  }
  try {
    await handle.close();
    await fs.rename(temp.path, file);
  } catch (error) {
    await fs.unlink(temp.path).catch(() => undefined);
    await (await folder)?.close().catch(() => undefined);
    throw error;
  }
  await syncFolder(await folder);
  return written;
}

/** Closes and removes a temp file that will not become the file. */
async function discard(handle: WritableHandle, temp: string, fs: StoreFs): Promise<void> {
  await handle.close().catch(() => undefined);
  await fs.unlink(temp).catch(() => undefined);
}

async function syncFolder(handle: WritableHandle | null): Promise<void> {
  // Some platforms (Windows) cannot open folders, or fsync them: skip there.
  if (!handle) return;
  try {
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM') throw error;
  } finally {
    await handle.close();
  }
}
