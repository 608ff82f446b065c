// src/cli/: command lines on the service's modules, without Electron (npm run report).
// `npm run report -- --data <pathboard.json> --format md|html|json --out <file>`: the app's report, without the app.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MAX_DOCUMENT_BYTES } from '../shared/document';
import { parseDocumentText } from '../shared/documentFile';
import { pathView } from '../shared/pathView';
import { TEXT_REPORT_FORMATS, renderReport, type TextReportFormat } from '../shared/report';
import { toDay } from '../shared/study';
import { renderCsv } from '../shared/csv';
import { loadRoadmaps } from '../main/roadmaps';
import { TransferError, writeExport } from '../main/transfer';

/** The report's formats, plus csv: the path's milestones as a spreadsheet. */
const FORMATS = [...TEXT_REPORT_FORMATS, 'csv'] as const;
const USAGE = `Usage: npm run report -- --data <pathboard.json> --format ${FORMATS.join('|')} --out <file> [--notes] [--path <path id>]`;

export interface CliResult {
  code: number;
  message: string;
}

const usage = (problem: string): CliResult => ({ code: 2, message: `${problem}\n${USAGE}` });

/** Runs the command line; returns the exit code (2 for a bad command, 1 for a file problem) and what to print. */
export async function runReportCli(argv: string[], roadmapsDir: string, now = new Date()): Promise<CliResult> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        data: { type: 'string' },
        format: { type: 'string', default: 'md' },
        out: { type: 'string' },
        notes: { type: 'boolean', default: false },
        path: { type: 'string' },
      },
    }));
  } catch (error) {
    return usage((error as Error).message);
  }
  const { data, format, out } = values;
  if (!data || !out) return usage('Both --data and --out are needed.');
  if (!(FORMATS as readonly string[]).includes(format)) return usage(`Unknown format "${format}".`);

  let text: string;
  try {
    if ((await stat(data)).size > MAX_DOCUMENT_BYTES) {
      return { code: 1, message: `${data} is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB: not a Pathboard data file.` };
    }
    text = await readFile(data, 'utf8');
  } catch (error) {
    return { code: 1, message: `Cannot read ${data} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).` };
  }
  const parsed = parseDocumentText(text);
  if (parsed.kind === 'newer') return { code: 1, message: `${data} was written by a newer Pathboard (data format ${parsed.version}).` };
  if (parsed.kind === 'bad') return { code: 1, message: `${data} is not a Pathboard data file: ${parsed.reason}.` };
  const doc = parsed.document;
  const pathId = values.path ?? doc.activePathId;
  const roadmap = (await loadRoadmaps(roadmapsDir)).find((r) => r.id === pathId);
  if (!roadmap) return { code: 1, message: pathId ? `There is no career path called "${pathId}".` : 'The data file has no chosen path; pass --path <path id>.' };

  const view = pathView(roadmap, doc);
  const options = { includeNotes: values.notes };
  const { content } =
    format === 'csv' ? renderCsv(view, doc, toDay(now), options) : renderReport(view, doc, toDay(now), format as TextReportFormat, options);
  try {
    await writeExport(resolve(out), content, resolve(data));
  } catch (error) {
    // Refusing to write over the data, or a folder that does not exist, is a wrong command: exit 2 like a bad flag.
    if (error instanceof TransferError) return { code: 2, message: error.message };
    return { code: 1, message: `Cannot write ${out} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).` };
  }
  return { code: 0, message: `Wrote the ${roadmap.title} report (${format}) to ${out}.` };
}

// Run only when executed as the built script, not when a test imports this module.
if (process.argv[1]?.endsWith('report.js')) {
  const roadmapsDir = resolve(import.meta.dirname, '..', '..', 'resources', 'roadmaps');
  runReportCli(process.argv.slice(2), roadmapsDir).then(
    ({ code, message }) => {
      (code === 0 ? console.log : console.error)(message);
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
