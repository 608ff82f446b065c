// `npm run report -- --data <pathboard.json> --format md|html|json --out <file>`: the app's report, without the app.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseDocumentText } from '../shared/documentFile';
import { pathView } from '../shared/pathView';
import { buildReport, renderHtml, renderMarkdown } from '../shared/report';
import { studySettingsFor, toDay } from '../shared/study';
import { loadRoadmaps } from '../main/roadmaps';
import { MAX_BACKUP_BYTES, writeExport } from '../main/transfer';

const USAGE = 'Usage: npm run report -- --data <pathboard.json> --format md|html|json --out <file> [--notes] [--path <path id>]';

export interface CliResult {
  code: number;
  message: string;
}

/** Runs the command line; returns the exit code and what to print, so tests call it directly. */
export async function runReportCli(argv: string[], roadmapsDir: string, now = new Date()): Promise<CliResult> {
  const args = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i]!;
    if (key === '--notes') flags.add(key);
    else if (key.startsWith('--') && argv[i + 1] !== undefined) args.set(key, argv[++i]!);
    else return { code: 2, message: `Unknown argument "${key}".\n${USAGE}` };
  }
  const data = args.get('--data');
  const format = args.get('--format') ?? 'md';
  const out = args.get('--out');
  if (!data || !out) return { code: 2, message: USAGE };
  if (format !== 'md' && format !== 'html' && format !== 'json') return { code: 2, message: `Unknown format "${format}".\n${USAGE}` };

  let text: string;
  try {
    if ((await stat(data)).size > MAX_BACKUP_BYTES) return { code: 1, message: `${data} is larger than 20 MB: not a Pathboard data file.` };
    text = await readFile(data, 'utf8');
  } catch {
    return { code: 1, message: `Cannot read ${data}.` };
  }
  const parsed = parseDocumentText(text);
  if (parsed.kind === 'newer') return { code: 1, message: `${data} was written by a newer Pathboard (data format ${parsed.version}).` };
  if (parsed.kind === 'bad') return { code: 1, message: `${data} is not a Pathboard data file: ${parsed.reason}.` };
  const doc = parsed.document;
  const pathId = args.get('--path') ?? doc.activePathId;
  const roadmap = (await loadRoadmaps(roadmapsDir)).find((r) => r.id === pathId);
  if (!roadmap) return { code: 1, message: pathId ? `There is no career path called "${pathId}".` : 'The data file has no chosen path; pass --path <path id>.' };

  const today = toDay(now);
  const model = buildReport(pathView(roadmap, doc), doc, studySettingsFor(doc.study, roadmap.id, today), today, { includeNotes: flags.has('--notes') });
  const content = format === 'md' ? renderMarkdown(model) : format === 'html' ? renderHtml(model) : `${JSON.stringify(model, null, 2)}\n`;
  await writeExport(resolve(out), content);
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
