// File > Move data folder…: puts the data file (and its last good copy) in a folder the learner syncs, while Pathboard
// stays open. Copy, verify, then record the new place (the one switch, written last), then switch the open store (its
// file and lock) there. The old files stay where they were; a failure at any step before the switch removes what the
// move created and leaves the location file, the lock and the old folder as they were.
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import type { UserDocument } from '../../shared/document';
import { parseDocumentText, serializeDocument } from '../../shared/documentFile';
import type { DocumentStore } from './documentStore';
import { backupPath } from './recovery';
import { removeOrRemember, writeFileDurable, type StoreFs } from './durableWrite';
import { why } from './errors';
import { DataFileLockedError } from './lockFile';
import { localConflictCopyName } from './watchDataFile';

export class MoveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MoveError';
  }
}

/** How many earlier places the location file remembers (each stays guarded against exports and backups). */
const PREVIOUS_MAX = 20;

const LocationSchema = z
  .object({
    dataFile: z.string().min(1).max(4096),
    /** Where the data lived before: its files are still Pathboard's own, so no export or backup may replace them. */
    previousDataFiles: z.array(z.string().min(1).max(4096)).max(PREVIOUS_MAX).optional(),
  })
  .strict();

export interface DataLocation {
  dataFile: string;
  /** The data files of the places the data was moved away from, newest last. */
  previous: string[];
  problem: string | null;
}

/**
 * Where the data file is: the one named in `locationFile` (written by a move), else `defaultFile`. A named file whose
 * folder is not there (a sync drive not connected) is a problem to show, never a reason to start on empty data.
 */
export async function readDataLocation(locationFile: string, defaultFile: string): Promise<DataLocation> {
  let text: string;
  try {
    text = await readFile(locationFile, 'utf8');
  } catch {
    return { dataFile: defaultFile, previous: [], problem: null };
  }
  let parsed;
  try {
    parsed = LocationSchema.safeParse(JSON.parse(text));
  } catch {
    parsed = null;
  }
  if (!parsed?.success) {
    return {
      dataFile: defaultFile,
      previous: [],
      problem: `Pathboard could not read ${locationFile}, which says where your data folder is. Fix or delete that file and open Pathboard again.`,
    };
  }
  const { dataFile, previousDataFiles: previous = [] } = parsed.data;
  const folder = await stat(dirname(dataFile)).catch(() => null);
  if (!folder?.isDirectory()) {
    return {
      dataFile,
      previous,
      problem: `Your data folder ${dirname(dataFile)} is not there. If it is on a drive or in a sync tool, connect it and open Pathboard again.`,
    };
  }
  return { dataFile, previous, problem: null };
}

const locationText = (dataFile: string, previous: string[]) =>
  `${JSON.stringify({ dataFile, ...(previous.length > 0 ? { previousDataFiles: previous } : {}) }, null, 2)}\n`;

export interface MoveResult {
  dataFile: string;
  /** Set when the folder already held a Pathboard data file: this computer's data was kept beside it to merge. */
  keptAs: string | null;
  /** The document now open: this computer's, or the one the folder already held. */
  document: UserDocument;
  /** The earlier places, as the location file now records them. */
  previous: string[];
}

/** Writes `text` to `target` (temp file, fsync, rename) and reads it back: only a copy that reads back the same counts. */
async function copyVerified(text: string, target: string, fs: StoreFs): Promise<void> {
  await writeFileDurable(target, text, fs);
  const back = await fs.readFile(target, 'utf8');
  if (back !== text || parseDocumentText(back).kind !== 'ok') throw new MoveError(`the copy in ${target} did not read back the same`);
}

const readIfThere = (path: string, fs: StoreFs) =>
  fs.readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : Promise.reject(error)));

/** Why a step failed, in words that fit after "Pathboard could not move your data to …:". */
function reasonOf(error: unknown): string {
  if (error instanceof MoveError || error instanceof DataFileLockedError) return error.message.replace(/\.$/, '');
  const code = (error as NodeJS.ErrnoException).code;
  return typeof code === 'string' ? why(code, 'write') : (error as Error).message;
}

/**
 * Moves the store's data into `folder` and switches the open store there. Inside the store's relocation (its writes
 * held back, the new place's lock taken): copies the data file and its last good copy and reads each back, then, as the
 * last step, writes `locationFile` naming the new place and remembering the old one (the switch for the next start).
 * When the folder already has a Pathboard data file (another computer put it there, or an earlier move left it), that
 * one is used, untouched, and this computer's data is saved beside it as a conflict copy, which Pathboard then offers
 * to merge. A failure before the location file took its new name removes the files the move created and leaves the
 * store where it was; once the location file is replaced, the move has happened, and nothing after it can fail.
 */
export async function moveDataFolder(
  store: DocumentStore,
  folder: string,
  locationFile: string,
  previous: readonly string[],
  clock: () => Date,
): Promise<MoveResult> {
  const from = resolve(store.file);
  const target = join(resolve(folder), basename(from));
  if (resolve(dirname(from)) === resolve(folder)) throw new MoveError(`Your data is already in ${folder}.`);
  const dir = await stat(folder).catch(() => null);
  if (!dir?.isDirectory()) throw new MoveError(`The folder ${folder} does not exist. Choose a folder that does. Nothing was moved.`);

  const remembered = [...previous.filter((p) => resolve(p) !== from && resolve(p) !== target), from].slice(-PREVIOUS_MAX);
  let keptAs: string | null = null;
  try {
    const document = await store.relocate(target, async (current, fs) => {
      /** Files this move writes, none of which was there before: a failure removes them again. */
      const created: string[] = [];
      try {
        const text = serializeDocument(current);
        const existing = await readIfThere(target, fs);
        let document = current;
        if (existing !== null) {
          const there = parseDocumentText(existing);
          if (there.kind !== 'ok') throw new MoveError(`${target} already exists and is not a Pathboard data file Pathboard can read, so Pathboard will not write there`);
          if (!isDeepStrictEqual(there.document, current)) {
            keptAs = localConflictCopyName(target, clock());
            created.push(keptAs);
            await copyVerified(text, keptAs, fs);
            document = there.document;
          }
        } else {
          created.push(target);
          await copyVerified(text, target, fs);
          const bak = await readIfThere(backupPath(from), fs);
          // The last good copy goes along when it reads; one that does not is left where it is, as it was. A copy the
          // folder already has is never written over.
          if (bak !== null && parseDocumentText(bak).kind === 'ok' && (await readIfThere(backupPath(target), fs)) === null) {
            created.push(backupPath(target));
            await copyVerified(bak, backupPath(target), fs);
          }
        }
        // The switch for the next start, last: writeFileDurable rejects only when the old location file is still there.
        await writeFileDurable(locationFile, locationText(target, remembered), fs);
        return document;
      } catch (error) {
        keptAs = null;
        // Tried again later when the disk refuses now, but only while the store is not on that folder: a later move
        // there that succeeded owns those files.
        const notMovedThere = async () => resolve(store.file) !== target;
        for (const file of created.reverse()) await removeOrRemember(file, fs, notMovedThere);
        throw error;
      }
    });
    return { dataFile: target, keptAs, document, previous: remembered };
  } catch (error) {
    throw new MoveError(`Pathboard could not move your data to ${folder}: ${reasonOf(error)}. Your data stays in ${dirname(from)}, as it was.`);
  }
}
