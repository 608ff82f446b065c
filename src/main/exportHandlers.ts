// The spreadsheet (CSV) and calendar (.ics) exports of the active path: contract handlers kept apart from api.ts.
import { renderCalendar, CalendarError, studySessions } from '../shared/studyCalendar';
import { renderCsv } from '../shared/csv';
import { pathView } from '../shared/pathView';
import { fail, ok } from '../shared/result';
import { studySettingsFor, toDay } from '../shared/study';
import type { HandlerContext, Handlers } from './api';
import { writeExport } from './transfer';

export function exportHandlers({ store, roadmapById, clock, ownDataFiles, dialogs }: HandlerContext): Pick<Handlers, 'exportCsv' | 'exportCalendar'> {
  const activeView = () => {
    const doc = store.document;
    const roadmap = doc.activePathId ? roadmapById.get(doc.activePathId) : undefined;
    return roadmap ? { doc, view: pathView(roadmap, doc) } : null;
  };
  const noPathYet = () => fail('INVALID_INPUT', 'Choose a path first: the export is about the path you are following.');
  const noDialogs = () => fail('UNAVAILABLE', 'Saving files needs the Pathboard app window.');
  return {
    exportCsv: async ({ includeNotes }) => {
      if (!dialogs) return noDialogs();
      const active = activeView();
      if (!active) return noPathYet();
      const { content, fileName } = renderCsv(active.view, active.doc, toDay(clock()), { includeNotes });
      const path = await dialogs.chooseSavePath(fileName, 'csv');
      if (!path) return ok({ path: null });
      await writeExport(path, content, ownDataFiles(), store.fs);
      return ok({ path });
    },
    exportCalendar: async ({ weeks, startTime }) => {
      if (!dialogs) return noDialogs();
      const active = activeView();
      if (!active) return noPathYet();
      const today = toDay(clock());
      const settings = studySettingsFor(active.doc.study, active.view.roadmap.id, today);
      const sessions = studySessions(active.view, active.doc, settings, today, weeks);
      let made;
      try {
        made = renderCalendar(sessions, { pathId: active.view.roadmap.id, pathTitle: active.view.roadmap.title, startTime, today });
      } catch (error) {
        if (error instanceof CalendarError) return fail('INVALID_INPUT', error.message);
        throw error;
      }
      const path = await dialogs.chooseSavePath(made.fileName, 'ics');
      if (!path) return ok({ path: null, sessions: sessions.length });
      await writeExport(path, made.content, ownDataFiles(), store.fs);
      return ok({ path, sessions: sessions.length });
    },
  };
}
