// Reports, backups and restores as files: what the File menu does, minus the dialogs (injected, so tests run it as-is).
import { stat, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { MAX_DOCUMENT_BYTES, type UserDocument } from '../shared/document';
import { parseDocumentText, serializeDocument } from '../shared/documentFile';
import { isOwnDataFile, type DataFiles } from './store/dataFiles';
import { writeFileDurable } from './store/durableWrite';


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
export async function readBackup(file: string): Promise<UserDocument> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    throw new TransferError(`Pathboard could not open ${basename(file)}.`);
  }
  if (size > MAX_DOCUMENT_BYTES) {
    throw new TransferError(`${basename(file)} is ${(size / 1024 / 1024).toFixed(1)} MB; a Pathboard backup is at most ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB. Nothing was changed.`);
  }
  const parsed = parseDocumentText(await readFile(file, 'utf8'));
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
export async function writeBackup(file: string, doc: UserDocument, dataFiles: DataFiles): Promise<void> {
  await refuseOwnDataFile(file, dataFiles);
  await writeFileDurable(file, serializeDocument(doc));
}

/** Writes an exported report; `dataFiles` are the learner's data files, which an export may never replace. */
export async function writeExport(file: string, content: string | Uint8Array, dataFiles: DataFiles): Promise<void> {
  await refuseOwnDataFile(file, dataFiles);
  try {
    await stat(dirname(file));
  } catch {
    throw new TransferError(`The folder ${dirname(file)} does not exist. Choose a folder that does. Nothing was written.`);
  }
  // Text and PDF bytes alike replace an earlier export only once complete (temp file, fsync, rename).
  await writeFileDurable(file, content);
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
