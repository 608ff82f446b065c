// File > Move data folder…: puts the data file (and its last good copy) in a folder the learner syncs. Copy, verify,
// switch, and keep the old files where they were: nothing is deleted, and the switch happens only once the new copy
// reads back identical.
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { parseDocumentText } from '../../shared/documentFile';
import type { DocumentStore } from './documentStore';
import { backupPath } from './recovery';
import { writeFileDurable } from './durableWrite';
import { localConflictCopyName } from './watchDataFile';

export class MoveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MoveError';
  }
}

const LocationSchema = z.object({ dataFile: z.string().min(1).max(4096) }).strict();

/**
 * Where the data file is: the one named in `locationFile` (written by a move), else `defaultFile`. A named file whose
 * folder is not there (a sync drive not connected) is a problem to show, never a reason to start on empty data.
 */
export async function readDataLocation(locationFile: string, defaultFile: string): Promise<{ dataFile: string; problem: string | null }> {
  let text: string;
  try {
    text = await readFile(locationFile, 'utf8');
  } catch {
    return { dataFile: defaultFile, problem: null };
  }
  let parsed;
  try {
    parsed = LocationSchema.safeParse(JSON.parse(text));
  } catch {
    parsed = null;
  }
  if (!parsed?.success) {
    return { dataFile: defaultFile, problem: `Pathboard could not read ${locationFile}, which says where your data folder is. Fix or delete that file and open Pathboard again.` };
  }
  const { dataFile } = parsed.data;
  const folder = await stat(dirname(dataFile)).catch(() => null);
  if (!folder?.isDirectory()) {
    return {
      dataFile,
      problem: `Your data folder ${dirname(dataFile)} is not there. If it is on a drive or in a sync tool, connect it and open Pathboard again.`,
    };
  }
  return { dataFile, problem: null };
}

export interface MoveResult {
  dataFile: string;
  /** Set when the folder already held a Pathboard data file: this computer's data was kept beside it to merge. */
  keptAs: string | null;
}

/** Copies a file's text to `target` (temp file, fsync, rename) and reads it back: only a copy that validates counts. */
async function copyVerified(text: string, target: string): Promise<void> {
  await writeFileDurable(target, text);
  const back = await readFile(target, 'utf8');
  if (back !== text || parseDocumentText(back).kind !== 'ok') {
    throw new MoveError(`The copy in ${target} did not read back the same, so Pathboard kept using your data where it was.`);
  }
}

/**
 * Moves the store's data file into `folder`. Waits for queued writes, copies the file and its last good copy, checks
 * that each reads back, then writes `locationFile` naming the new place (the switch). The old files stay. When the
 * folder already has a Pathboard data file (another computer put it there), that one is used and this computer's data
 * is saved beside it as a conflict copy, which Pathboard then offers to merge.
 */
export async function moveDataFolder(store: DocumentStore, dataFile: string, folder: string, locationFile: string): Promise<MoveResult> {
  const from = resolve(dataFile);
  const target = join(resolve(folder), basename(from));
  if (resolve(dirname(from)) === resolve(folder)) throw new MoveError(`Your data is already in ${folder}.`);
  const dir = await stat(folder).catch(() => null);
  if (!dir?.isDirectory()) throw new MoveError(`The folder ${folder} does not exist. Choose a folder that does. Nothing was moved.`);

  const current = await store.update((d) => d);
  const text = `${JSON.stringify(current, null, 2)}\n`;
  let keptAs: string | null = null;
  const existing = await readFile(target, 'utf8').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : Promise.reject(error)));
  if (existing !== null) {
    const there = parseDocumentText(existing);
    if (there.kind !== 'ok') {
      throw new MoveError(`${target} already exists and is not a Pathboard data file Pathboard can read, so Pathboard will not write there. Nothing was moved.`);
    }
    if (!isDeepStrictEqual(there.document, current)) {
      keptAs = localConflictCopyName(target, new Date());
      await copyVerified(text, keptAs);
    }
  } else {
    await copyVerified(text, target);
    const bak = await readFile(backupPath(from), 'utf8').catch(() => null);
    // The last good copy goes along when it reads; one that does not is left where it is, as it was.
    if (bak !== null && parseDocumentText(bak).kind === 'ok') await copyVerified(bak, backupPath(target));
  }
  // The switch: from here on Pathboard starts from the new place. The old files stay where they were.
  await writeFileDurable(locationFile, `${JSON.stringify({ dataFile: target }, null, 2)}\n`);
  return { dataFile: target, keptAs };
}
