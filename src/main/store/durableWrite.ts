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

/**
 * Replaces `file` with `data` durably, and returns the stamp the new file has: the store compares it with the file's
 * stamp before its next write to notice a version that another program or device put there meanwhile.
 */
/**
 * Replaces `file` with `data` so that a crash leaves the old file or the new one, never a mix. `beforeReplace` runs once
 * the new bytes are on disk and before they take the file's name: a check that may refuse (or move the old file aside)
 * then overlaps the write instead of coming before it. The temp file is removed when it throws.
 */
export async function writeFileDurable(
  file: string,
  data: string | Uint8Array,
  fs: StoreFs = nodeFs,
  beforeReplace?: () => Promise<void>,
): Promise<FileStamp> {
  const dir = dirname(file);
  // Unique per process and per call, so two writers (or a crashed one's leftovers) never share a temp file.
  const temp = join(dir, `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'wx', 0o600);
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
    await handle.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  try {
    await handle.close();
    await fs.rename(temp, file);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir, fs);
  return written;
}

async function syncDirectory(dir: string, fs: StoreFs): Promise<void> {
  // Without this the rename itself may not survive a power cut. Some platforms (Windows) cannot open folders: skip there.
  let handle;
  try {
    handle = await fs.open(dir, 'r');
  } catch {
    return;
  }
  try {
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM') throw error;
  } finally {
    await handle.close();
  }
}
