// What start-up finds at one path (the data file or its last good copy), as a state of the recovery table, and the
// file a symbolic link stands for.
import { readlink } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { MAX_DOCUMENT_BYTES, type UserDocument } from '../../shared/document';
import { parseDocumentText } from '../../shared/documentFile';
import type { StoreFs } from './durableWrite';
import { errnoOf } from './errors';

/**
 * What start-up finds at a path. `unreadable` (the disk or the system refused the read: EIO, EACCES, …) and `bad`
 * (it was read, and is not a Pathboard document) are different states: only a bad file is ever moved aside, and an
 * unreadable one is never written over, since the learner's data may well be inside.
 */
export type LoadOutcome =
  | { kind: 'missing' }
  | { kind: 'ok'; document: UserDocument; text: string }
  | { kind: 'newer'; version: number }
  | { kind: 'bad'; reason: string }
  | { kind: 'unreadable'; code: string }
  | { kind: 'special'; what: string };

export const isForbidden = (code: string) => code === 'EACCES' || code === 'EPERM';

/** stat -> read -> parse -> migrate -> validate. Never throws: every outcome is a state of the recovery table. */
export async function loadFile(file: string, fs: StoreFs): Promise<LoadOutcome> {
  let size: number;
  try {
    const info = await fs.stat(file);
    // A pipe would make the read below wait forever; a folder or a device is not a data file either.
    if (info.kind === 'folder') return { kind: 'special', what: 'a folder' };
    if (info.kind !== 'file') return { kind: 'special', what: 'a special file (a pipe, socket or device)' };
    size = info.size;
  } catch (error) {
    return errnoOf(error) === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', code: errnoOf(error) };
  }
  // The same limit as every write, restore and the CLI: a bigger file is not one Pathboard wrote.
  if (size > MAX_DOCUMENT_BYTES) {
    return { kind: 'bad', reason: `it is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB, more than any file Pathboard writes` };
  }
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    return errnoOf(error) === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', code: errnoOf(error) };
  }
  const parsed = parseDocumentText(text);
  return parsed.kind === 'ok' ? { ...parsed, text } : parsed;
}

/**
 * The file to read and write for `path`: where a symbolic link points (a data file kept in a synced folder that way),
 * so saves reach the link's target instead of replacing the link with a file of its own; `path` itself otherwise.
 */
export async function resolveDataFile(path: string, fs: StoreFs): Promise<string> {
  const info = await fs.lstat(path).catch(() => null);
  if (info?.kind !== 'link') return path;
  try {
    return await fs.realpath(path);
  } catch {
    // A link to a file that is not there yet: the first save creates it where the link points.
    const target = await readlink(path).catch(() => null);
    return target === null ? path : resolve(dirname(path), target);
  }
}

