// Watches the data file for changes another device's sync lands while Pathboard is open, and reloads them. When both
// sides changed since they last agreed, this computer's version is kept as a conflict copy beside the file (which the
// app then offers to merge), so no change is ever dropped without a word.
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Notice, UserDocument } from '../../shared/document';
import { parseDocumentText, serializeDocument } from '../../shared/documentFile';
import type { DocumentStore } from './documentStore';
import { writeFileDurable } from './durableWrite';
import { thisHost } from './lockFile';

export type SyncOutcome =
  | { kind: 'same' | 'missing' }
  | { kind: 'reloaded'; document: UserDocument; notice: Notice }
  | { kind: 'kept-both'; document: UserDocument; notice: Notice; keptAs: string }
  | { kind: 'unreadable'; notice: Notice }
  | { kind: 'store-notice'; notice: Notice };

const stamp = (now: Date) => now.toISOString().replace(/[:.]/g, '-');

/** A conflict copy's name that Pathboard's own conflict-copy search recognises (`*-conflict-*`). */
export function localConflictCopyName(dataFile: string, now: Date): string {
  const ext = extname(dataFile);
  const host = thisHost().replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 40) || 'this-computer';
  return join(dirname(dataFile), `${basename(dataFile, ext)}-conflict-${host}-${stamp(now)}${ext}`);
}

export interface DataFileWatcher {
  /** Compares the file with the open document and acts on a difference; the watcher calls it after each change. */
  check(): Promise<SyncOutcome>;
  close(): void;
}

export function watchDataFile(
  store: DocumentStore,
  dataFile: string,
  clock: () => Date,
  onOutcome: (outcome: SyncOutcome) => void,
  options: { watch?: boolean; debounceMs?: number } = {},
): DataFileWatcher {
  /** The document the file and this window last agreed on: a change on each side since then is a conflict. */
  let agreed = store.document;
  let running: Promise<SyncOutcome> | null = null;

  const save = async (doc: UserDocument) => {
    const path = localConflictCopyName(dataFile, clock());
    await writeFileDurable(path, serializeDocument(doc), store.fs);
    return path;
  };

  let closed = false;
  const checkOnce = async (): Promise<SyncOutcome> => {
    // Wait for this window's queued writes first, so the file read next is either ours or really another device's.
    const ours = await store.update((d) => d);
    // The data moved to another folder (File > Move data folder…) while this check waited: that file is not the
    // learner's data any more, and the watcher of the new place looks after it.
    if (closed || store.file !== dataFile) return { kind: 'same' };
    let text: string;
    try {
      text = await store.fs.readFile(dataFile, 'utf8');
    } catch {
      return { kind: 'missing' };
    }
    const parsed = parseDocumentText(text);
    // This version is now handled here (reloaded, merged or kept aside below), so the store need not keep it again.
    if (parsed.kind === 'ok') await store.acknowledgeDiskVersion();
    if (parsed.kind !== 'ok') {
      // Never let the next save write over a file that could not be read: keep its bytes aside first.
      const aside = join(dirname(dataFile), `${basename(dataFile, extname(dataFile))}.corrupt-${stamp(clock())}${extname(dataFile)}`);
      await writeFileDurable(aside, text, store.fs);
      const reason = parsed.kind === 'newer' ? `it was written by a newer Pathboard (data format ${parsed.version})` : parsed.reason;
      const message = `Your data file ${dataFile} changed on disk and Pathboard could not read it because ${reason}. That file was copied to ${aside}; Pathboard keeps the data it had open, and saves it there with your next change.`;
      return { kind: 'unreadable', notice: { kind: 'sync-unreadable', message, path: aside } };
    }
    const theirs = parsed.document;
    if (isDeepStrictEqual(theirs, ours)) {
      agreed = ours;
      return { kind: 'same' };
    }
    const keptAs = isDeepStrictEqual(ours, agreed) ? null : await save(ours);
    let replaced = false;
    const document = await store.update((doc) => {
      if (doc !== ours) return doc;
      replaced = true;
      return theirs;
    });
    if (!replaced) {
      // A change was made here in the instant between: it is saved over theirs, so theirs is what must be kept.
      const theirsAs = await save(theirs);
      agreed = document;
      const message = `Another device changed your data at the same moment as this one. Pathboard kept this computer's version in ${dataFile} and the other device's in ${theirsAs}: merge it to combine them.`;
      return { kind: 'kept-both', document, keptAs: theirsAs, notice: { kind: 'sync-kept-both', message, path: theirsAs } };
    }
    agreed = theirs;
    if (keptAs) {
      const message = `Your data changed on another device while this one also had changes. Pathboard loaded the other device's version of ${dataFile} and kept this computer's version in ${keptAs}: merge it to combine them milestone by milestone.`;
      return { kind: 'kept-both', document, keptAs, notice: { kind: 'sync-kept-both', message, path: keptAs } };
    }
    const message = `Your data changed on another device (through your synced folder), and Pathboard loaded that version of ${dataFile}.`;
    return { kind: 'reloaded', document, notice: { kind: 'data-file-reloaded', message, path: dataFile } };
  };

  /** The store's own notices the window has heard of: those from its start (getState gives them) and those told since. */
  const told = new Set(store.notices);
  /**
   * A version that landed just before one of this window's saves was kept aside by the store (it never writes over
   * one): when nothing else came of a check, that is what there is to tell the window, with the document still open.
   */
  const keptByStore = (): SyncOutcome | null => {
    const notice = store.notices.find((n) => !told.has(n) && (n.kind === 'sync-kept-both' || n.kind === 'write-not-flushed'));
    if (!notice) return null;
    told.add(notice);
    // A save whose folder the disk did not flush: nothing to reload, only something to tell.
    if (notice.kind === 'write-not-flushed') return { kind: 'store-notice', notice };
    return { kind: 'kept-both', document: store.document, notice, keptAs: notice.path };
  };

  const check = (): Promise<SyncOutcome> => {
    // One check at a time; a change during a check is picked up by the next event.
    const next = (running ?? Promise.resolve()).catch(() => undefined).then(checkOnce);
    running = next;
    return next.then((found) => {
      const outcome = 'notice' in found ? found : (keptByStore() ?? found);
      if ('notice' in outcome && !told.has(outcome.notice)) {
        store.notices.push(outcome.notice);
        told.add(outcome.notice);
      }
      onOutcome(outcome);
      return outcome;
    });
  };

  let watcher: FSWatcher | null = null;
  let timer: NodeJS.Timeout | null = null;
  if (options.watch !== false) {
    const name = basename(dataFile);
    try {
      // The folder, not the file: sync tools replace the file by renaming a new one over it, which ends a file watch.
      watcher = watch(dirname(dataFile), { persistent: false }, (_event, changed) => {
        if (changed !== null && changed.toString() !== name) return;
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => void check().catch(() => undefined), options.debounceMs ?? 400);
      });
      watcher.on('error', () => watcher?.close());
    } catch {
      watcher = null;
    }
  }
  return {
    check,
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      watcher?.close();
    },
  };
}
