// The synced data folder's calls: conflict copies a sync tool left beside the data file, offered for a merge, and
// File > Move data folder…, which switches the open data to the new place at once.
import { basename, dirname } from 'node:path';
import { mergeDocuments, type MergeResult } from '../shared/merge';
import { commit } from '../shared/mutations';
import { fail, ok } from '../shared/result';
import type { HandlerContext, Handlers } from './api';
import { findConflictCopies, markMerged } from './store/conflictCopies';
import { MoveError, moveDataFolder } from './store/moveDataFolder';
import { TransferError, readBackup, summarize } from './transfer';
import { UserDocumentSchema, type Notice } from '../shared/document';
import { formatIssuePath } from '../shared/roadmap';

type SyncCalls = 'listConflictCopies' | 'mergeConflictCopy' | 'moveDataFolder';

export function syncHandlers({ store, clock, dataLocation, previousDataFiles, afterMove }: HandlerContext): Pick<Handlers, SyncCalls> {
  return {
    moveDataFolder: async () => {
      if (!dataLocation) return fail('UNAVAILABLE', 'Moving the data folder needs the Pathboard app window.');
      if (store.readOnly) return fail('READ_ONLY', 'Pathboard opened your data read-only, so it cannot move it. Fix what the notice says first.');
      const folder = await dataLocation.chooseFolder();
      if (!folder) return ok({ movedTo: null });
      const oldFolder = dirname(store.file);
      let moved;
      try {
        moved = await moveDataFolder(store, folder, dataLocation.locationFile, previousDataFiles(), clock);
      } catch (error) {
        if (error instanceof MoveError) return fail('INVALID_INPUT', error.message);
        throw error;
      }
      afterMove(moved);
      const now = `Your data is now in ${dirname(moved.dataFile)} (${moved.dataFile}).`;
      const message = moved.keptAs
        ? `${now} That folder already held Pathboard data (from another computer, or left by an earlier move), which Pathboard now uses; this computer's data is kept beside it as ${moved.keptAs}: merge it to combine them. The old copy stays in ${oldFolder}.`
        : `${now} The old copy stays in ${oldFolder}; delete it once you have checked that everything is there.`;
      const notice: Notice = { kind: 'data-folder-moved', message, path: moved.dataFile };
      store.notices.push(notice);
      return ok({ movedTo: moved.dataFile, keptAs: moved.keptAs, document: moved.document, notice });
    },
    listConflictCopies: async () => {
      const copies = await findConflictCopies(store.file);
      const listed = [];
      for (const c of copies) {
        try {
          listed.push({ ...c, copy: summarize(await readBackup(c.path)), problem: null });
        } catch (error) {
          if (!(error instanceof TransferError)) throw error;
          listed.push({ ...c, copy: null, problem: error.message });
        }
      }
      return ok(listed);
    },
    mergeConflictCopy: async ({ path }) => {
      // Only a copy Pathboard itself finds beside the data file: never an arbitrary path from the renderer.
      if (!(await findConflictCopies(store.file)).some((c) => c.path === path)) {
        return fail('NOT_FOUND', `${basename(path)} is not a conflict copy beside your data file (it may have been merged or moved already).`);
      }
      const theirs = await readBackup(path);
      let result: Omit<MergeResult, 'document'> | undefined;
      const document = await store.update((doc) => {
        const merged = mergeDocuments(doc, theirs);
        // Two learners' worth of data can pass a limit one never does (300 custom milestones, notes of 100,000
        // characters): writing that would leave a file Pathboard cannot read, so the merge is refused with the reason.
        const check = UserDocumentSchema.safeParse(merged.document);
        if (!check.success) {
          const first = check.error.issues[0];
          const limit = first ? `${formatIssuePath(first.path)}: ${first.message}` : 'a limit';
          throw new TransferError(`Merging ${basename(path)} would go past what Pathboard keeps (${limit}). Nothing was changed; the copy is still there.`);
        }
        const { document: _merged, ...said } = merged;
        result = said;
        const committed = commit(doc, merged.document, `Merge progress from ${basename(path)}`, clock());
        // Only the logs (history, review answers) differed: nothing to undo, but the joined logs are kept.
        return committed === doc ? merged.document : committed;
      });
      const keptAs = await markMerged(path, clock());
      if (!result) throw new Error('the merge did not run');
      return ok({ document, ...result, keptAs });
    },
  };
}
