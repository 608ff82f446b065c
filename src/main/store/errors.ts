// What can go wrong with the data file, as errors that carry the words a learner can act on.
import { MAX_DOCUMENT_BYTES } from '../../shared/document';

export class ReadOnlyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReadOnlyError';
  }
}

/** A change would make the data file bigger than Pathboard can read back; nothing was saved. */
export class DocumentTooLargeError extends Error {
  constructor(bytes: number) {
    super(
      `That change would make your data file ${(bytes / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB ` +
        'Pathboard can read back, so it was not saved. Shorten some notes and try again.',
    );
    this.name = 'DocumentTooLargeError';
  }
}

/** A change would leave a file start-up refuses (a limit a call let pass): nothing was saved. */
export class InvalidDocumentError extends Error {
  constructor(reason: string) {
    super(`That change was not saved because Pathboard could not read the result back: ${reason}. Your data file was not changed.`);
    this.name = 'InvalidDocumentError';
  }
}

/** The notice for a change that is in the data file but whose folder could not be flushed to the disk. */
export function notFlushedMessage(file: string, code: string): string {
  return (
    `Your change is saved in ${file}, but the disk did not confirm it (${why(code, 'write')}), so a power cut in the next ` +
    'moments could undo it. Pathboard keeps saving as usual; check the disk if this comes back.'
  );
}

/** A write failed; memory and the file on disk both still hold the previous document. `code` is the errno code. */
export class WriteFailedError extends Error {
  constructor(
    readonly code: string,
    readonly file: string,
  ) {
    super(
      `Pathboard could not save your change because ${describeIoError(code, 'write')} (${code}). ` +
        `Your data file was not changed and the change was not kept; fix that and try again.`,
    );
    this.name = 'WriteFailedError';
  }
}

/** The problem behind an errno code, in words a learner can act on; `op` says whether Pathboard was reading or writing. */
export function describeIoError(code: string, op: 'read' | 'write'): string {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EACCES':
    case 'EPERM':
      return op === 'read' ? 'Pathboard is not allowed to read it' : 'Pathboard is not allowed to write to its data folder';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EIO':
      return op === 'read' ? 'the disk reported a read error' : 'the disk reported a write error';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'the data folder no longer exists';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open';
    case 'EBUSY':
      return 'the file is in use by another program';
    default:
      return 'of an unexpected file system error';
  }
}

export const errnoOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'unknown error';
/** The problem and its code, for a notice: "the disk is full (ENOSPC)". */
export const why = (code: string, op: 'read' | 'write') => `${describeIoError(code, op)} (${code})`;
