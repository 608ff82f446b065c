// The progress report: one model built from the document by a pure function, rendered to Markdown and to HTML.
import { EVIDENCE_URL, type UserDocument } from './document';
import { forecast } from './schedule';
import type { PathView } from './pathView';
import { countsTowardPath, estimateOf, pathProgress, statusOf } from './progress';
import { burnUp, progressByPhase } from './stats';
import { burnUpGeometry } from './burnUpGeometry';
import { studySettingsFor, type StudySettings } from './study';
import { retentionFigures, type RetentionFigures } from './review';
import { formatDay } from './dates';
import { escapeHtml, notesToHtml, notesToSafeMarkdown } from './notesMarkdown';
import type { Resource } from './roadmap';

export { escapeHtml };

export interface ReportMilestone {
  id: string;
  title: string;
  phase: string;
  custom: boolean;
  estimateHours: number;
  completedOn?: string;
  evidenceUrl?: string;
  notes?: string;
  /** Where to learn it: listed for what is in progress and next up. */
  resources?: Resource[];
}

export interface ReportModel {
  pathTitle: string;
  date: string;
  /** Share handled (done or skipped), as everywhere in Pathboard (tally in progress.ts). */
  percent: number;
  done: number;
  skipped: number;
  inProgressCount: number;
  todo: number;
  total: number;
  /** Estimated hours (the learner's estimates where set) of the done milestones, and of all milestones not skipped. */
  hoursDone: number;
  hoursTotal: number;
  phases: Array<{ title: string; done: number; skipped: number; total: number; percent: number; hoursDone: number; hoursTotal: number }>;
  completed: ReportMilestone[];
  inProgress: ReportMilestone[];
  nextUp: ReportMilestone[];
  /** Optional milestones (certifications, alternative frameworks) the learner has not added to their plan. */
  optionalLeftOut: ReportMilestone[];
  forecast: { finish: string | null; hoursPerWeek: number; remainingHours: number; goal?: { date: string; status: string } };
  burnUp: Array<{ date: string; doneHours: number; totalHours: number }>;
  includesNotes: boolean;
  /** Spaced review figures, present once the learner has review prompts or answers. */
  review?: RetentionFigures;
}

export function buildReport(
  view: PathView,
  doc: UserDocument,
  settings: StudySettings,
  today: string,
  options: { includeNotes: boolean },
): ReportModel {
  const withResources = (m: ReportMilestone): ReportMilestone => {
    const resources = view.byId.get(m.id)?.resources ?? [];
    return resources.length > 0 ? { ...m, resources } : m;
  };
  const item = (id: string): ReportMilestone => {
    const m = view.byId.get(id)!;
    const p = doc.progress[id];
    return {
      id,
      title: m.title,
      phase: view.phaseOf.get(id)?.title ?? '',
      custom: m.custom,
      estimateHours: estimateOf(m, doc.study?.estimateOverrides),
      ...(p?.completedAt ? { completedOn: p.completedAt.slice(0, 10) } : {}),
      ...(p?.evidenceUrl ? { evidenceUrl: p.evidenceUrl } : {}),
      ...(options.includeNotes && p?.notes ? { notes: p.notes } : {}),
    };
  };
  const overall = pathProgress(view, doc);
  const plan = forecast(view, doc, settings, today);
  const ids = view.milestones.map((m) => m.id);
  const completed = ids
    .filter((id) => statusOf(doc, id) === 'done')
    .map(item)
    .sort((a, b) => (a.completedOn ?? '').localeCompare(b.completedOn ?? ''));
  const phaseHours = progressByPhase(view, doc);
  return {
    pathTitle: view.roadmap.title,
    date: today,
    percent: overall.percent,
    done: overall.done,
    total: overall.total,
    skipped: overall.skipped,
    inProgressCount: overall.inProgress,
    todo: overall.todo,
    hoursDone: overall.hoursDone,
    hoursTotal: overall.hoursTotal,
    phases: phaseHours.map((p) => ({
      title: p.label,
      done: p.done,
      skipped: p.skipped,
      total: p.total,
      percent: p.percent,
      hoursDone: p.hoursDone,
      hoursTotal: p.hoursTotal,
    })),
    completed,
    inProgress: ids.filter((id) => statusOf(doc, id) === 'in-progress').map(item).map(withResources),
    nextUp: plan.milestones
      .filter((m) => statusOf(doc, m.id) === 'todo')
      .slice(0, 5)
      .map((m) => withResources(item(m.id))),
    optionalLeftOut: view.milestones.filter((m) => !countsTowardPath(m, doc)).map((m) => item(m.id)),
    forecast: {
      finish: plan.finish,
      hoursPerWeek: settings.hoursPerWeek,
      remainingHours: round(plan.remainingHours),
      ...(plan.goal ? { goal: { date: plan.goal.date, status: plan.goal.status } } : {}),
    },
    burnUp: burnUp(view, doc, today),
    includesNotes: options.includeNotes,
    ...reviewPart(doc, today),
  };
}

/** The review figures as of midday on the report date (the report knows the day, not the hour). */
function reviewPart(doc: UserDocument, today: string): { review?: RetentionFigures } {
  if (Object.keys(doc.review.cards).length === 0 && doc.review.log.length === 0) return {};
  const [y = 1970, m = 1, d = 1] = today.split('-').map(Number);
  return { review: retentionFigures(doc.review, new Date(y, m - 1, d, 12)) };
}

const percentOrDash = (n: number | null) => (n === null ? '—' : `${n}%`);
const reviewLines = (f: RetentionFigures) => [
  `${f.cards} review prompts, ${f.due} due today, ${f.answers30} answers in the last 30 days.`,
  `Remembered in the last 30 days: ${percentOrDash(f.retention30)}. Expected recall today: ${percentOrDash(f.predictedRecall)}.`,
];

const round = (n: number) => Math.round(n * 10) / 10;

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

const milestoneCounts = (r: ReportModel) =>
  `${r.done} of ${r.total} milestones done${r.skipped > 0 ? `, ${r.skipped} skipped` : ''}`;
const phaseCount = (p: ReportModel['phases'][number]) => `${p.done}/${p.total}${p.skipped > 0 ? ` (${p.skipped} skipped)` : ''}`;

// ---------- Markdown ----------

/** Escapes text for Markdown and strips HTML, so a title or note cannot inject links, images, tags or tables. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\`*_{}[\]()#|<>~]/g, (c) => `\\${c}`)
    .replace(/\n/g, '  \n');
}

const mdLink = (url: string) => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;

const mdMilestone = (m: ReportMilestone, when?: string) =>
  [
    `- ${escapeMarkdown(m.title)}${m.custom ? ' *(custom)*' : ''} — ${escapeMarkdown(m.phase)}${when ? `, ${when}` : ''}`,
    m.evidenceUrl ? `  - Evidence: ${mdLink(m.evidenceUrl)}` : '',
    ...(m.resources ?? []).map((res) => `  - Learn: ${escapeMarkdown(res.title)} (${res.kind}) ${mdLink(res.url)}`),
    m.notes ? `  - Notes: ${notesToSafeMarkdown(m.notes).replace(/\n/g, '\n    ')}` : '',
  ]
    .filter(Boolean)
    .join('\n');

export function renderMarkdown(r: ReportModel): string {
  const lines = [
    `# ${escapeMarkdown(r.pathTitle)}: progress report`,
    '',
    `Report date: ${formatDay(r.date)}`,
    '',
    `**${r.percent}% done**: ${milestoneCounts(r)}, ${r.hoursDone} of ${r.hoursTotal} estimated hours.`,
    '',
    '## Phases',
    '',
    '| Phase | Done | Percent | Hours |',
    '| --- | --- | --- | --- |',
    ...r.phases.map((p) => `| ${escapeMarkdown(p.title)} | ${phaseCount(p)} | ${p.percent}% | ${p.hoursDone} of ${p.hoursTotal} h |`),
    '',
    '## Forecast',
    '',
    r.forecast.finish
      ? `At ${r.forecast.hoursPerWeek} hours a week, the remaining ${r.forecast.remainingHours} hours finish around ${formatDay(r.forecast.finish)}.`
      : 'Nothing is left to study on this path.',
    ...(r.forecast.goal ? ['', `Goal date ${formatDay(r.forecast.goal.date)}: ${r.forecast.goal.status.replace('-', ' ')}.`] : []),
    '',
    `## Completed (${r.completed.length})`,
    '',
    ...(r.completed.length ? r.completed.map((m) => mdMilestone(m, m.completedOn ? `completed ${formatDay(m.completedOn)}` : undefined)) : ['None yet.']),
    '',
    `## In progress (${r.inProgress.length})`,
    '',
    ...(r.inProgress.length ? r.inProgress.map((m) => mdMilestone(m)) : ['None right now.']),
    '',
    '## Next up',
    '',
    ...(r.nextUp.length ? r.nextUp.map((m) => mdMilestone(m, `${m.estimateHours} h`)) : ['Nothing left.']),
    '',
    ...(r.optionalLeftOut.length
      ? [`## Optional, not in your plan (${r.optionalLeftOut.length})`, '', ...r.optionalLeftOut.map((m) => mdMilestone(m, `${m.estimateHours} h`)), '']
      : []),
    ...(r.review ? ['## Spaced review', '', ...reviewLines(r.review).flatMap((l) => [l, '']), ''].slice(0, -1) : []),
    '*Made with Pathboard.*',
    '',
  ];
  return lines.join('\n');
}

// ---------- HTML ----------


const safeHref = (url: string) => (EVIDENCE_URL.test(url) ? escapeHtml(url) : null);

const htmlResources = (resources: Resource[] | undefined) =>
  resources && resources.length > 0
    ? `<br><span class="muted">Learn:</span> ${resources
        .map((res) => {
          const href = safeHref(res.url);
          return href ? `<a href="${href}">${escapeHtml(res.title)}</a> <span class="muted">(${escapeHtml(res.kind)})</span>` : escapeHtml(res.title);
        })
        .join(' · ')}`
    : '';

const htmlMilestone = (m: ReportMilestone, when?: string) => {
  const href = m.evidenceUrl ? safeHref(m.evidenceUrl) : null;
  return `<li><strong>${escapeHtml(m.title)}</strong>${m.custom ? ' <span class="badge">custom</span>' : ''} <span class="muted">${escapeHtml(m.phase)}${when ? ` · ${escapeHtml(when)}` : ''}</span>${
    href ? `<br><span class="muted">Evidence:</span> <a href="${href}">${href}</a>` : ''
  }${htmlResources(m.resources)}${m.notes ? `<div class="notes">${notesToHtml(m.notes)}</div>` : ''}</li>`;
};

const STYLE = `
body{font:14px/1.5 -apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:#1d2433;max-width:820px;margin:32px auto;padding:0 24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #dde1ea;padding-bottom:4px}
.muted{color:#5d677a}.big{font-size:32px;font-weight:800;color:#4457d8}.badge{background:#f1e8ff;color:#6b3fc4;border-radius:99px;padding:0 7px;font-size:11px;font-weight:700}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #dde1ea}
.bar{height:8px;background:#eef0f6;border-radius:99px;overflow:hidden;width:120px}.bar>span{display:block;height:100%;background:#4457d8}
ul{padding-left:18px}li{margin:4px 0}.notes{background:#f5f6fa;border-radius:6px;padding:6px 8px;margin-top:4px;white-space:normal}
svg{width:100%;height:auto}.grid{stroke:#dde1ea}.axis{fill:#5d677a;font-size:11px}.done{fill:none;stroke:#1f8a5b;stroke-width:2.5}.total{fill:none;stroke:#5d677a;stroke-width:1.5;stroke-dasharray:4 4}
@media print{body{margin:0 auto}h2{break-after:avoid}li,tr{break-inside:avoid}}
`;

function burnUpSvg(points: ReportModel['burnUp']): string {
  const g = burnUpGeometry(points);
  if (!g) return '<p class="muted">The chart appears once a milestone is finished.</p>';
  const ticks = g.ticks
    .map((t) => `<line x1="${g.left}" x2="${g.right}" y1="${t.y}" y2="${t.y}" class="grid"/><text x="${g.left - 6}" y="${t.y + 4}" text-anchor="end" class="axis">${t.label}</text>`)
    .join('');
  return `<svg viewBox="0 0 ${g.width} ${g.height}" role="img" aria-label="${escapeHtml(g.summary)}">${ticks}<text x="${g.left}" y="${g.height - 8}" class="axis">${escapeHtml(g.startLabel)}</text><text x="${g.right}" y="${g.height - 8}" text-anchor="end" class="axis">${escapeHtml(g.endLabel)}</text><path d="${g.total}" class="total"/><path d="${g.done}" class="done"/></svg>`;
}

/** A self-contained page: inline CSS and SVG, no scripts, no remote resources. Prints well. */
export function renderHtml(r: ReportModel): string {
  const section = (title: string, items: string[], empty: string) =>
    `<h2>${escapeHtml(title)}</h2>${items.length ? `<ul>${items.join('')}</ul>` : `<p class="muted">${escapeHtml(empty)}</p>`}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(r.pathTitle)}: progress report</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(r.pathTitle)}: progress report</h1>
<p class="muted">Report date ${escapeHtml(formatDay(r.date))}</p>
<p><span class="big">${r.percent}%</span> done · ${escapeHtml(milestoneCounts(r))} · ${r.hoursDone} of ${r.hoursTotal} estimated hours</p>
<h2>Phases</h2>
<table><thead><tr><th>Phase</th><th>Done</th><th>Percent</th><th>Hours</th></tr></thead><tbody>${r.phases
    .map((p) => `<tr><td>${escapeHtml(p.title)}</td><td>${escapeHtml(phaseCount(p))}</td><td><div class="bar"><span style="width:${p.percent}%"></span></div> ${p.percent}%</td><td>${p.hoursDone} of ${p.hoursTotal} h</td></tr>`)
    .join('')}</tbody></table>
<h2>Completed hours over time</h2>
${burnUpSvg(r.burnUp)}
<h2>Forecast</h2>
<p>${
    r.forecast.finish
      ? `At ${r.forecast.hoursPerWeek} hours a week, the remaining ${r.forecast.remainingHours} hours finish around <strong>${escapeHtml(formatDay(r.forecast.finish))}</strong>.`
      : 'Nothing is left to study on this path.'
  }${r.forecast.goal ? ` Goal date ${escapeHtml(formatDay(r.forecast.goal.date))}: ${escapeHtml(r.forecast.goal.status.replace('-', ' '))}.` : ''}</p>
${section(`Completed (${r.completed.length})`, r.completed.map((m) => htmlMilestone(m, m.completedOn ? `completed ${formatDay(m.completedOn)}` : undefined)), 'None yet.')}
${section(`In progress (${r.inProgress.length})`, r.inProgress.map((m) => htmlMilestone(m)), 'None right now.')}
${section('Next up', r.nextUp.map((m) => htmlMilestone(m, `${m.estimateHours} h`)), 'Nothing left.')}
${r.optionalLeftOut.length ? section(`Optional, not in your plan (${r.optionalLeftOut.length})`, r.optionalLeftOut.map((m) => htmlMilestone(m, `${m.estimateHours} h`)), '') : ''}
${r.review ? `<h2>Spaced review</h2>${reviewLines(r.review).map((l) => `<p>${escapeHtml(l)}</p>`).join('')}` : ''}
<p class="muted">Made with Pathboard.</p>
</body></html>
`;
}
