// The path's milestones as a spreadsheet: one CSV row per milestone (RFC 4180 quoting via papaparse), for the app and the CLI.
import Papa from 'papaparse';
import type { UserDocument } from './document';
import type { PathView } from './pathView';
import { estimator, statusOf } from './progress';
import { toDay } from './study';

export const CSV_COLUMNS = [
  'Phase',
  'Milestone id',
  'Milestone',
  'Own milestone',
  'Status',
  'Started',
  'Completed',
  'Target date',
  'Hours spent',
  'Estimate (hours)',
  'Evidence',
  'Notes',
] as const;

/** Excel reads a file without this mark as the local code page and garbles accented text; other tools skip it. */
export const UTF8_BOM = '\uFEFF';

/** A day in the learner's time zone from a stored timestamp, or '' when there is none. */
const dayOf = (timestamp: string | undefined): string => (timestamp ? toDay(new Date(timestamp)) : '');

export function milestoneRows(view: PathView, doc: UserDocument, options: { includeNotes: boolean }): string[][] {
  const estimate = estimator(doc.study?.estimateOverrides);
  return view.milestones.map((m) => {
    const p = doc.progress[m.id];
    return [
      view.phaseOf.get(m.id)?.title ?? '',
      m.id,
      m.title,
      m.custom ? 'yes' : 'no',
      statusOf(doc, m.id),
      dayOf(p?.startedAt),
      dayOf(p?.completedAt),
      p?.targetDate ?? '',
      p?.hoursSpent === undefined ? '' : String(p.hoursSpent),
      String(estimate(m)),
      p?.evidenceUrl ?? '',
      options.includeNotes ? (p?.notes ?? '') : '',
    ];
  });
}

/**
 * The CSV text: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line break (quotes
 * doubled), UTF-8 with a byte-order mark. A cell starting with =, + or @ gets a leading apostrophe so a spreadsheet
 * shows it as text instead of running it as a formula; '-' is left alone because Markdown notes start with list dashes.
 */
export function renderCsv(view: PathView, doc: UserDocument, today: string, options: { includeNotes: boolean }): { content: string; fileName: string } {
  const content = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: milestoneRows(view, doc, options) },
    { newline: '\r\n', quotes: false, escapeFormulae: /^[=+@]/ },
  );
  return { content: `${UTF8_BOM}${content}\r\n`, fileName: `pathboard-${view.roadmap.id}-milestones-${today}.csv` };
}
