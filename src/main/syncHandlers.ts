// The synced data folder's calls: conflict copies a sync tool left beside the data file, offered for a merge.
import { basename } from 'node:path';
import { mergeDocuments } from '../shared/merge';
import { commit } from '../shared/mutations';
import { fail, ok } from '../shared/result';
import type { HandlerContext, Handlers } from './api';
import { findConflictCopies, markMerged } from './store/conflictCopies';
import { TransferError, readBackup, summarize } from './transfer';

export function syncHandlers({ store, clock, dataFile }: HandlerContext): Pick<Handlers, 'listConflictCopies' | 'mergeConflictCopy'> {
  return {
    listConflictCopies: async () => {
      const copies = await findConflictCopies(dataFile);
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
      if (!(await findConflictCopies(dataFile)).some((c) => c.path === path)) {
        return fail('NOT_FOUND', `${basename(path)} is not a conflict copy beside your data file (it may have been merged or moved already).`);
      }
      const theirs = await readBackup(path);
      let result = { taken: [] as string[], notesJoined: [] as string[] };
      const document = await store.update((doc) => {
        const merged = mergeDocuments(doc, theirs);
        result = merged;
        const committed = commit(doc, merged.document, `Merge progress from ${basename(path)}`, clock());
        // Only the logs (history, review answers) differed: nothing to undo, but the joined logs are kept.
        return committed === doc ? merged.document : committed;
      });
      const keptAs = await markMerged(path, clock());
      return ok({ document, taken: result.taken, notesJoined: result.notesJoined, keptAs });
    },
  };
}
