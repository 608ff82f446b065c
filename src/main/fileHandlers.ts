// The report (rendered for the app, or saved as Markdown, HTML or PDF) and the backup and restore of the whole document.
import { serializeDocument } from '../shared/documentFile';
import { pathView } from '../shared/pathView';
import { renderReport, type TextReportFormat } from '../shared/report';
import { fail, ok } from '../shared/result';
import { toDay } from '../shared/study';
import { noDialogs } from './answers';
import type { HandlerContext, Handlers } from './api';
import { writeFileDurable } from './store/durableWrite';
import { errnoOf, why } from './store/errors';
import { readBackup, safetyCopyName, summarize, writeBackup, writeExport } from './transfer';

type FileCalls = 'renderReport' | 'exportReport' | 'backupData' | 'chooseBackup' | 'restoreBackup';

export function fileHandlers({ store, roadmapById, clock, ownDataFiles, dialogs, printToPdf }: HandlerContext): Pick<Handlers, FileCalls> {
  const report = (format: TextReportFormat, includeNotes: boolean) => {
    const doc = store.document;
    const roadmap = doc.activePathId ? roadmapById.get(doc.activePathId) : undefined;
    return roadmap ? renderReport(pathView(roadmap, doc), doc, toDay(clock()), format, { includeNotes }) : null;
  };
  const noPathYet = () => fail('INVALID_INPUT', 'Choose a path first: the report is about the path you are following.');
  /** The file the learner picked to restore from, so a restore can only use a file they chose in the dialog. */
  let chosenBackup: string | null = null;

  return {
    renderReport: async ({ format, includeNotes }) => {
      const made = report(format, includeNotes);
      return made ? ok({ content: made.content, fileName: made.fileName }) : noPathYet();
    },
    exportReport: async ({ format, includeNotes }) => {
      if (!dialogs || (format === 'pdf' && !printToPdf)) return noDialogs();
      const made = report(format === 'pdf' ? 'html' : format, includeNotes);
      if (!made) return noPathYet();
      const name = made.fileName.replace(/\.html$/, `.${format}`);
      const path = await dialogs.chooseSavePath(name, format);
      if (!path) return ok({ path: null });
      await writeExport(path, format === 'pdf' ? await printToPdf!(made.content) : made.content, ownDataFiles(), store.fs);
      return ok({ path });
    },
    backupData: async () => {
      if (!dialogs) return noDialogs();
      const path = await dialogs.chooseSavePath(`pathboard-backup-${toDay(clock())}.json`, 'json');
      if (!path) return ok({ path: null });
      await writeBackup(path, store.document, ownDataFiles(), store.fs);
      return ok({ path });
    },
    chooseBackup: async () => {
      if (!dialogs) return noDialogs();
      const path = await dialogs.chooseOpenPath();
      chosenBackup = null;
      if (!path) return ok({ path: null });
      const backup = await readBackup(path, store.fs);
      chosenBackup = path;
      return ok({ path, backup: summarize(backup), current: summarize(store.document) });
    },
    restoreBackup: async ({ path }) => {
      if (path !== chosenBackup) return fail('FORBIDDEN', 'Pick the backup to restore with File > Restore from backup… first.');
      const backup = await readBackup(path, store.fs);
      const safetyCopy = safetyCopyName(store.file, clock());
      try {
        await writeFileDurable(safetyCopy, serializeDocument(store.document), store.fs);
      } catch (error) {
        const code = errnoOf(error);
        return fail('IO_ERROR', `Pathboard did not restore the backup: it keeps a copy of your current data first, and that copy could not be saved because ${why(code, 'write')}. Nothing was changed.`);
      }
      const document = await store.update(() => backup);
      chosenBackup = null;
      return ok({ document, safetyCopy });
    },
  };
}
