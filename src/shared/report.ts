// The progress report as a file, built one way for the app and the CLI: the model (reportModel.ts) rendered to Markdown
// (reportMarkdown.ts), HTML (reportHtml.ts) or JSON.
import type { UserDocument } from './document';
import type { PathView } from './pathView';
import { buildReport } from './reportModel';
import { renderHtml } from './reportHtml';
import { renderMarkdown } from './reportMarkdown';
import { studySettingsFor } from './study';

/** The text formats a report renders to (PDF is the HTML, printed by the app). */
export const TEXT_REPORT_FORMATS = ['md', 'html', 'json'] as const;
export type TextReportFormat = (typeof TEXT_REPORT_FORMATS)[number];

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
