// Reports, backups and restores as files: what the File menu does, minus the dialogs (injected, so tests run it as-is).
import { basename, dirname, extname, join } from 'node:path';
import { MAX_DOCUMENT_BYTES, type UserDocument } from '../shared/document';
import { parseDocumentText, serializeDocument } from '../shared/documentFile';
import { isOwnDataFile, type DataFiles } from './store/dataFiles';
import { errnoOf, why } from './store/errors';
import { nodeFs, writeFileDurable, type StoreFs } from './store/durableWrite';


export type ReportFormat = 'md' | 'html' | 'pdf' | 'json' | 'csv' | 'ics';

/** The native dialogs and PDF printing, supplied by the Electron shell; absent in tests and the browser harness. */
export interface FileDialogs {
  chooseSavePath: (defaultName: string, format: ReportFormat) => Promise<string | null>;
  chooseOpenPath: () => Promise<string | null>;
}
export type PrintToPdf = (html: string) => Promise<Uint8Array>;

export class TransferError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransferError';
  }
}

/** Reads a backup the same way start-up reads the data file, refusing what it cannot use with a plain reason. */
export async function readBackup(file: string, fs: StoreFs = nodeFs): Promise<UserDocument> {
  let size: number;
  try {
    const info = await fs.stat(file);
    if (info.kind !== 'file') throw new TransferError(`${basename(file)} is not a file. Nothing was changed.`);
    size = info.size;
  } catch (error) {
    if (error instanceof TransferError) throw error;
    throw new TransferError(`Pathboard could not open ${basename(file)} because ${why(errnoOf(error), 'read')}. Nothing was changed.`);
  }
  if (size > MAX_DOCUMENT_BYTES) {
    throw new TransferError(`${basename(file)} is ${(size / 1024 / 1024).toFixed(1)} MB; a Pathboard backup is at most ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB. Nothing was changed.`);
  }
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new TransferError(`Pathboard could not read ${basename(file)} because ${why(errnoOf(error), 'read')}. Nothing was changed.`);
  }
  const parsed = parseDocumentText(text);
  if (parsed.kind === 'newer') {
    throw new TransferError(`${basename(file)} was made by a newer Pathboard (data format ${parsed.version}). Update Pathboard to restore it. Nothing was changed.`);
  }
  if (parsed.kind === 'bad') throw new TransferError(`${basename(file)} is not a Pathboard backup: ${parsed.reason}. Nothing was changed.`);
  return parsed.document;
}

/** Refuses a target that is one of Pathboard's own data files: an export or backup must never replace the learner's data. */
async function refuseOwnDataFile(file: string, dataFiles: DataFiles): Promise<void> {
  if (await isOwnDataFile(file, dataFiles)) {
    throw new TransferError(`${file} is one of Pathboard's own data files; writing there would replace your data. Choose another name or folder. Nothing was written.`);
  }
}

/** Writes a backup of the document; `dataFiles` are the learner's data files, which a backup may never replace. */
export async function writeBackup(file: string, doc: UserDocument, dataFiles: DataFiles, fs: StoreFs = nodeFs): Promise<void> {
  await refuseOwnDataFile(file, dataFiles);
  await writeSaying(file, serializeDocument(doc), 'backup', fs);
}

/** The durable write of a file the learner asked for, with a failure said in words: nothing is left half written. */
async function writeSaying(file: string, content: string | Uint8Array, what: 'backup' | 'export', fs: StoreFs): Promise<void> {
  try {
    await writeFileDurable(file, content, fs);
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'unknown error') throw error;
    throw new TransferError(`Pathboard could not save the ${what} as ${file} because ${why(code, 'write')}. Nothing was written there; any earlier file of that name is as it was.`);
  }
}

/** Writes an exported report; `dataFiles` are the learner's data files, which an export may never replace. */
export async function writeExport(file: string, content: string | Uint8Array, dataFiles: DataFiles, fs: StoreFs = nodeFs): Promise<void> {
  await refuseOwnDataFile(file, dataFiles);
  const folder = await fs.stat(dirname(file)).catch((error: unknown) => errnoOf(error));
  if (typeof folder === 'string' && folder !== 'ENOENT' && folder !== 'ENOTDIR') {
    throw new TransferError(`Pathboard could not save the export in ${dirname(file)} because ${why(folder, 'write')}. Nothing was written.`);
  }
  if (typeof folder === 'string' || folder.kind !== 'folder') {
    throw new TransferError(`The folder ${dirname(file)} does not exist. Choose a folder that does. Nothing was written.`);
  }
  // Text and PDF bytes alike replace an earlier export only once complete (temp file, fsync, rename).
  await writeSaying(file, content, 'export', fs);
}

/** Where the data as it was before a restore is kept: beside the data file, with the time in its name. */
export function safetyCopyName(dataFile: string, now: Date): string {
  const ext = extname(dataFile);
  return join(dirname(dataFile), `${basename(dataFile, ext)}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}${ext}`);
}

export interface BackupSummary {
  pathId: string | null;
  done: number;
  inProgress: number;
  customMilestones: number;
  notes: number;
  lastChange: string | null;
}

export function summarize(doc: UserDocument): BackupSummary {
  const entries = Object.values(doc.progress);
  return {
    pathId: doc.activePathId,
    done: entries.filter((p) => p.status === 'done').length,
    inProgress: entries.filter((p) => p.status === 'in-progress').length,
    customMilestones: doc.customMilestones.length,
    notes: entries.filter((p) => p.notes).length,
    lastChange: doc.history.at(-1)?.at ?? null,
  };
}
