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
const USAGE = `Usage: npm run report -- --data <pathboard.json> --format ${FORMATS.join('|')} --out <file> [--notes] [--path <path id>]

  --data    the data file (pathboard.json in the app's data folder)
  --format  ${FORMATS.join(', ')} (default md)
  --out     the file to write; never one of Pathboard's own data files
  --notes   include your notes
  --path    a path other than the one the data file follows
  --help    show this and exit

Exit codes: 0 written, 2 the command or its data file is wrong (nothing written), 1 the output could not be written.`;

export interface CliResult {
  code: number;
  message: string;
}

const usage = (problem: string): CliResult => ({ code: 2, message: `${problem}\n${USAGE}` });

/**
 * Runs the command line; returns the exit code and what to print. 2 is anything the person can fix in the command
 * (a flag, the data file it names, a path id, the output folder); 1 is the disk refusing the write.
 */
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
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    return usage((error as Error).message);
  }
  if (values.help) return { code: 0, message: USAGE };
  const { data, format, out } = values;
  if (!data || !out) return usage('Both --data and --out are needed.');
  if (!(FORMATS as readonly string[]).includes(format)) return usage(`Unknown format "${format}". The formats are ${FORMATS.join(', ')}.`);

  let text: string;
  try {
    if ((await stat(data)).size > MAX_DOCUMENT_BYTES) {
      return { code: 2, message: `${data} is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB: not a Pathboard data file.` };
    }
    text = await readFile(data, 'utf8');
  } catch (error) {
    return { code: 2, message: cannotRead(data, (error as NodeJS.ErrnoException).code) };
  }
  const parsed = parseDocumentText(text);
  if (parsed.kind === 'newer') return { code: 2, message: `${data} was written by a newer Pathboard (data format ${parsed.version}).` };
  if (parsed.kind === 'bad') return { code: 2, message: `${data} is not a Pathboard data file: ${parsed.reason}.` };
  const doc = parsed.document;
  const pathId = values.path ?? doc.activePathId;
  const roadmaps = await loadRoadmaps(roadmapsDir);
  const roadmap = roadmaps.find((r) => r.id === pathId);
  if (!roadmap) {
    const ids = `The paths are ${roadmaps.map((r) => r.id).join(', ')}.`;
    return { code: 2, message: pathId ? `There is no career path called "${pathId}". ${ids}` : `The data file has no chosen path; pass --path <path id>. ${ids}` };
  }

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
  return { code: 0, message: `Wrote the ${roadmap.title} report (${format}${values.notes ? ', with notes' : ''}) to ${out}.` };
}

/** A plain sentence for why the data file could not be read, instead of a bare errno. */
function cannotRead(file: string, code: string | undefined): string {
  if (code === 'ENOENT') return `There is no file at ${file}. Pass the data file with --data (pathboard.json in the app's data folder).`;
  if (code === 'EACCES' || code === 'EPERM') return `${file} cannot be read: you do not have permission to read it.`;
  if (code === 'EISDIR') return `${file} is a folder. Pass the data file itself (pathboard.json).`;
  return `${file} cannot be read (${code ?? 'unknown error'}).`;
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
