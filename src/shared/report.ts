// The progress report as a file, built one way for the app and the CLI: the model (reportModel.ts) rendered to Markdown
// (reportMarkdown.ts), HTML (reportHtml.ts) or JSON.
import type { UserDocument } from './document';
import type { PathView } from './pathView';
import { buildReport } from './reportModel';
import { renderHtml } from './reportHtml';
import { renderMarkdown } from './reportMarkdown';
import { studySettingsFor } from './study';

import type { TextReportFormat } from './reportFormats';

export { TEXT_REPORT_FORMATS, type TextReportFormat } from './reportFormats';

/** The report of one path as a file: what the app exports and the CLI writes, built one way for both. */
export function renderReport(
  view: PathView,
  doc: UserDocument,
  today: string,
  format: TextReportFormat,
  options: { includeNotes: boolean },
): { content: string; fileName: string } {
  const model = buildReport(view, doc, studySettingsFor(doc.study, view.roadmap.id, today), today, options);
  const content = format === 'md' ? renderMarkdown(model) : format === 'html' ? renderHtml(model) : `${JSON.stringify(model, null, 2)}\n`;
  return { content, fileName: `pathboard-${view.roadmap.id}-report-${today}.${format}` };
}
