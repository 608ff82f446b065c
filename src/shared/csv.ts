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
 * What OWASP's CSV-injection guidance calls a formula start: =, +, @, a tab or a carriage return, and a '-' unless it
 * begins a Markdown list ("- item"). A list dash is left alone when a space and an ordinary word follow and nothing in the
 * cell could make it act: no function call (a name right before '('), no DDE pipe ('cmd|...') and no sheet reference
 * ('!A1'). Spreadsheets allow spaces after the minus, so "- 2+3" or "- HYPERLINK(...)" is still a formula.
 */
const FORMULA_START = /^[=+@\t\r]/;
const MARKDOWN_LIST_ITEM = /^- (?![\s=+\-@\d.(])/;
const ACTIVE_IN_FORMULA = /\||\w\(|!\$?[A-Za-z]+\$?\d/;

export function isFormulaLike(cell: string): boolean {
  if (FORMULA_START.test(cell)) return true;
  if (!cell.startsWith('-')) return false;
  return !MARKDOWN_LIST_ITEM.test(cell) || ACTIVE_IN_FORMULA.test(cell);
}

/** A leading apostrophe makes a spreadsheet show the cell as text instead of running it; the apostrophe is not shown. */
export const neutraliseCell = (cell: string): string => (isFormulaLike(cell) ? `'${cell}` : cell);

/**
 * The CSV text: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line break (quotes
 * doubled), UTF-8 with a byte-order mark, and every cell that a spreadsheet would run as a formula neutralised.
 */
export function renderCsv(view: PathView, doc: UserDocument, today: string, options: { includeNotes: boolean }): { content: string; fileName: string } {
  const data = milestoneRows(view, doc, options).map((row) => row.map(neutraliseCell));
  const content = Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\r\n', quotes: false });
  return { content: `${UTF8_BOM}${content}\r\n`, fileName: `pathboard-${view.roadmap.id}-milestones-${today}.csv` };
}
