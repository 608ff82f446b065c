// The progress report as Markdown: every title and note escaped, so nothing in them becomes a link, image or table.
import { formatDay } from './dates';
import { notesToSafeMarkdown } from './notesMarkdown';
import { forecastLines } from './forecastText';
import { milestoneCounts, phaseCount, reviewLines, rubricCount, type ReportMilestone, type ReportModel, type ReportProject } from './reportModel';

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

const mdProject = (p: ReportProject) =>
  [
    `### ${escapeMarkdown(p.title)} (${p.status.toLowerCase()})`,
    '',
    `Build: ${escapeMarkdown(p.build)}`,
    '',
    `Hand in: ${escapeMarkdown(p.handIn)}`,
    '',
    `Rubric: ${rubricCount(p)}.`,
    '',
    ...p.rubric.map((c) => `- [${c.met ? 'x' : ' '}] ${escapeMarkdown(c.criterion)}`),
    '',
  ].join('\n');

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
    ...(r.calibrated.done ? [] : ['', forecastLines(r.calibrated, formatDay).join(' ')]),
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
    ...(r.projects.length ? [`## Portfolio projects (${r.projects.length})`, '', ...r.projects.map(mdProject)] : []),
    ...(r.review ? ['## Spaced review', '', ...reviewLines(r.review).flatMap((l) => [l, '']), ''].slice(0, -1) : []),
    '*Made with Pathboard.*',
    '',
  ];
  return lines.join('\n');
}
