// Start-up recovery: reads the data file and its last good copy, moves unreadable files aside, restores the copy, and
// decides whether the store may write. The rules are in docs/architecture.md ("The data file and its recovery rules").
import { basename, dirname, extname, join } from 'node:path';
import { emptyDocument, type Notice, type UserDocument } from '../../shared/document';
import { isThere, writeFileDurable, type StoreFs } from './durableWrite';
import { errnoOf, why } from './errors';
import { isAlive } from './lockFile';
import { isForbidden, loadFile, type LoadOutcome } from './loadFile';

export { resolveDataFile } from './loadFile';

/** `pathboard.json` -> `pathboard.bak.json`: the copy of the last data file that loaded and validated. */
export function backupPath(file: string): string {
  const ext = extname(file);
  return join(dirname(file), `${basename(file, ext)}.bak${ext}`);
}

export function quarantineName(file: string, now: Date): string {
  const ext = extname(file);
  const stem = basename(file, ext);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return join(dirname(file), `${stem}.corrupt-${stamp}${ext}`);
}

/** Renames a bad file to a timestamped name beside it, never over an earlier one. */
async function moveAside(file: string, now: Date, fs: StoreFs): Promise<string> {
  const base = quarantineName(file, now);
  let aside = base;
  for (let n = 1; await isThere(aside, fs); n++) aside = base.replace(/(\.[^.]*)$/, `-${n}$1`);
  await fs.rename(file, aside);
  return aside;
}

/**
 * Deletes temp files that writers killed mid-save left beside the data file (`.<name>.<pid>.<hex>.tmp`). Only a dead
 * process's files: one of ours may still be in flight when the file is opened twice in this process.
 */
export async function removeCrashLeftovers(file: string, fs: StoreFs): Promise<void> {
  const names = new Set([basename(file), basename(backupPath(file)), `${basename(file)}.lock`]);
  let entries: string[];
  try {
    entries = await fs.readdir(dirname(file));
  } catch {
    return;
  }
  for (const entry of entries) {
    const match = /^\.(.+)\.(\d+)\.[0-9a-f]+\.tmp$/.exec(entry);
    if (!match || !names.has(match[1]!)) continue;
    const pid = Number(match[2]);
    if (pid !== process.pid && !isAlive(pid)) await fs.unlink(join(dirname(file), entry)).catch(() => undefined);
  }
}

export interface Loaded {
  document: UserDocument;
  notices: Notice[];
  /** null when the store may write. Set only from a load outcome: nothing else makes a store writable. */
  readOnlyReason: string | null;
}

type Blocked = { code: string; what: 'file' | 'folder' };

function newerMessage(version: number, what: string): string {
  return `${what} was written by a newer version of Pathboard (data format ${version}). It is open read-only so nothing in it is lost: update Pathboard to make changes.`;
}

function readOnlyMessage(blocked: Blocked, file: string): string {
  const where = blocked.what === 'file' ? `your data file ${file} is read-only` : `Pathboard cannot write to the folder of ${file}: ${why(blocked.code, 'write')}`;
  return `Pathboard opened your data read-only because ${where}. Nothing will be saved; make the ${blocked.what} writable and open Pathboard again to make changes.`;
}

/**
 * Start-up recovery, one decision per combination of data file {missing, good, unreadable, newer} x last good copy
 * {missing, good, unreadable, newer} x disk {writable, full, read-only}. The rules: no readable copy of the learner's
 * data is ever overwritten or deleted (unreadable files are moved aside, never written over); a missing or unreadable
 * data file is replaced by a good last-good copy; a newer file or a folder Pathboard cannot write opens read-only; and
 * every notice says only what actually happened, naming the files.
 */
export async function load(file: string, now: () => Date, fs: StoreFs, lockProblem: string | null): Promise<Loaded> {
  const main = await loadFile(file, fs);
  const backup = backupPath(file);
  const blocked: Blocked | null = lockProblem ? { code: lockProblem, what: 'folder' } : await fs.writeBlocked(file);

  if (main.kind === 'newer') {
    const message = newerMessage(main.version, `Your data file (${file})`);
    return { document: emptyDocument(), notices: [{ kind: 'data-file-newer', message, path: file }], readOnlyReason: message };
  }
  if (main.kind === 'ok') {
    if (blocked) {
      const message = readOnlyMessage(blocked, file);
      return { document: main.document, notices: [{ kind: 'read-only', message, path: file }], readOnlyReason: message };
    }
    return { document: main.document, notices: await refreshBackup(backup, main.text, now(), fs), readOnlyReason: null };
  }
  // A data file that is there but could not be read, or is not a file at all: it may hold the learner's data, so
  // nothing is written, moved or restored over it. The last good copy, when it reads, is shown read-only.
  if (main.kind === 'unreadable' || main.kind === 'special') {
    const copy = await loadFile(backup, fs);
    const lead =
      main.kind === 'unreadable'
        ? `Pathboard could not read your data file ${file} because ${why(main.code, 'read')}. Nothing was moved or changed`
        : `Your data file ${file} is ${main.what}, not a file Pathboard can read or write. Nothing was moved or changed`;
    const kind = main.kind === 'special' ? 'data-file-special' : isForbidden(main.code) ? 'data-file-forbidden' : 'data-file-unreadable';
    return readOnlyRecovery(lead, copy, backup, file, blocked ?? undefined, kind);
  }

  // The data file is missing or unreadable: the last good copy decides what the learner gets back.
  const copy = await loadFile(backup, fs);
  const missingText = `Your data file ${file} is missing`;
  let lead = main.kind === 'missing' ? missingText : `Pathboard could not read your data file because ${main.reason}`;
  const notices: Notice[] = [];

  if (main.kind === 'bad' && !blocked) {
    try {
      const aside = await moveAside(file, now(), fs);
      lead = `${lead}. It was moved, unchanged, to ${aside}`;
      notices.push({ kind: 'data-file-quarantined', message: '', path: aside });
    } catch (error) {
      return readOnlyRecovery(`${lead}, and it could not be moved aside (${why(errnoOf(error), 'write')}), so nothing was changed`, copy, backup, file);
    }
  } else if (blocked && main.kind === 'bad') {
    lead = `${lead}. Nothing was moved or changed because ${blocked.what === 'file' ? 'the file is read-only' : `Pathboard cannot write to its folder: ${why(blocked.code, 'write')}`}`;
  }
  /** Puts `message` on the notice about the data file (or a new one) and returns the result. */
  const finish = (message: string, document: UserDocument, readOnlyReason: string | null, kind: Notice['kind'], path: string): Loaded => {
    const first = notices[0];
    if (first) first.message = message;
    else notices.push({ kind, message, path });
    return { document, notices, readOnlyReason };
  };

  if (blocked) {
    const first = main.kind === 'missing' && copy.kind === 'missing' ? null : lead;
    return readOnlyRecovery(first, copy, backup, file, blocked);
  }
  // The copy is there but could not be read: starting fresh would put an empty file where the learner's data was, and
  // a later refresh would write over the copy. Read-only until it can be read.
  if (copy.kind === 'unreadable' || copy.kind === 'special') return readOnlyRecovery(lead, copy, backup, file);

  switch (copy.kind) {
    case 'ok': {
      try {
        await writeFileDurable(file, copy.text, fs);
      } catch (error) {
        const message =
          `${lead}. Pathboard is showing the last good copy of your data (${backup}), but could not write it back as your data ` +
          `file because ${why(errnoOf(error), 'write')}. The copy is untouched; your next change saves everything once there is room.`;
        return finish(message, copy.document, null, 'data-file-restored', backup);
      }
      const message = `${lead}, and the last good copy of your data (${backup}, saved when Pathboard last opened it) was restored. Changes made after that may be missing.`;
      return finish(message, copy.document, null, 'data-file-restored', file);
    }
    case 'missing':
      if (main.kind === 'missing') return { document: emptyDocument(), notices: [], readOnlyReason: null };
      return finish(`${lead}. There was no last good copy to restore, so Pathboard started with fresh data.`, emptyDocument(), null, 'data-file-quarantined', file);
    case 'newer': {
      const message = newerMessage(copy.version, `The last good copy of your data (${backup})`);
      const first = finish(`${lead}.`, emptyDocument(), message, 'data-file-quarantined', file);
      first.notices.push({ kind: 'data-file-newer', message, path: backup });
      return first;
    }
    case 'bad': {
      let backupAside: string;
      try {
        backupAside = await moveAside(backup, now(), fs);
      } catch (error) {
        const message = `${lead}. The last good copy (${backup}) could not be read${main.kind === 'bad' ? ' either' : ''} (${copy.reason}) nor moved aside (${why(errnoOf(error), 'write')}); it was left as it is. Pathboard started with fresh data.`;
        return finish(message, emptyDocument(), null, 'data-file-quarantined', backup);
      }
      const message = `${lead}. The last good copy could not be read${main.kind === 'bad' ? ' either' : ''} (${copy.reason}); it was moved, unchanged, to ${backupAside}. Pathboard started with fresh data.`;
      const result = finish(message, emptyDocument(), null, 'data-file-quarantined', backupAside);
      if (main.kind === 'bad') {
        result.notices.push({
          kind: 'data-file-quarantined',
          message: `The last good copy of your data could not be read because ${copy.reason}. It was moved, unchanged, to ${backupAside}.`,
          path: backupAside,
        });
      }
      return result;
    }
  }
}

/**
 * Nothing may be written: show the best readable data (the last good copy when it loads) read-only, and say so. `lead`
 * says what happened to the data file, or is null on a first start in a read-only folder.
 */
function readOnlyRecovery(lead: string | null, copy: LoadOutcome, backup: string, file: string, blocked?: Blocked, kind?: Notice['kind']): Loaded {
  const cannot = blocked ? readOnlyMessage(blocked, file) : 'Pathboard opened read-only so nothing is written over your files.';
  const head = lead ? `${lead}. ` : '';
  const notice = (fallback: Notice['kind'], message: string, path: string): Loaded => ({
    document: copy.kind === 'ok' ? copy.document : emptyDocument(),
    notices: [{ kind: kind ?? fallback, message, path }],
    readOnlyReason: message,
  });
  switch (copy.kind) {
    case 'unreadable': {
      const message = `${head}The last good copy of your data (${backup}) could not be read because ${why(copy.code, 'read')}; it was left as it is. ${cannot} Open Pathboard again once the disk can read it.`;
      return notice(isForbidden(copy.code) ? 'data-file-forbidden' : 'data-file-unreadable', message, backup);
    }
    case 'special': {
      const message = `${head}The last good copy of your data (${backup}) is ${copy.what}, not a file; it was left as it is. ${cannot}`;
      return notice('data-file-special', message, backup);
    }
    case 'ok':
      return notice('read-only', `${head}Pathboard is showing the last good copy of your data (${backup}), read-only. ${cannot}`, backup);
    case 'newer':
      return notice('data-file-newer', `${head}${newerMessage(copy.version, `The last good copy of your data (${backup})`)} ${cannot}`, backup);
    case 'bad':
      return notice('read-only', `${head}The last good copy (${backup}) could not be read (${copy.reason}) and was left as it is. ${cannot}`, backup);
    case 'missing':
      return notice('read-only', `${head}${cannot}`, file);
  }
}

/**
 * Refreshes the last-good copy from text that just loaded and validated. A copy from a newer Pathboard is left alone
 * (the learner may go back to that version); an unreadable copy is moved aside first, never written over. Returns the
 * notices worth telling: a failure here does not stop the app, but the learner hears about it.
 */
async function refreshBackup(backup: string, text: string, now: Date, fs: StoreFs): Promise<Notice[]> {
  const current = await loadFile(backup, fs);
  if (current.kind === 'newer' || (current.kind === 'ok' && current.text === text)) return [];
  // A copy that could not be read may still hold data the learner wants back: it is never written over.
  if (current.kind === 'unreadable' || current.kind === 'special') {
    const reason = current.kind === 'unreadable' ? `it could not be read (${why(current.code, 'read')})` : `it is ${current.what}`;
    const message = `The last good copy of your data (${backup}) was not refreshed because ${reason}; it was left as it is. Your data file is fine.`;
    return [{ kind: 'last-good-copy', message, path: backup }];
  }
  const notices: Notice[] = [];
  if (current.kind === 'bad') {
    try {
      const aside = await moveAside(backup, now, fs);
      notices.push({
        kind: 'last-good-copy',
        message: `The last good copy of your data (${backup}) could not be read because ${current.reason}. It was moved, unchanged, to ${aside}, and a new copy was made from your data file.`,
        path: aside,
      });
    } catch (error) {
      const message = `The last good copy of your data (${backup}) could not be read because ${current.reason}, and could not be moved aside (${why(errnoOf(error), 'write')}). It was left as it is; your data file is fine.`;
      return [{ kind: 'last-good-copy', message, path: backup }];
    }
  }
  try {
    await writeFileDurable(backup, text, fs);
  } catch (error) {
    const first = notices[0];
    const failed = `Pathboard could not refresh the last good copy of your data (${backup}) because ${why(errnoOf(error), 'write')}. Your data file is fine${current.kind === 'ok' ? '; the previous copy is untouched' : ''}.`;
    if (first) first.message = first.message.replace(', and a new copy was made from your data file.', `. ${failed}`);
    else notices.push({ kind: 'last-good-copy', message: failed, path: backup });
  }
  return notices;
}
