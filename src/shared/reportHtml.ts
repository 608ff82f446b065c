// The progress report as one self-contained HTML page (the PDF export prints it): inline CSS and SVG, no scripts.
import { linkProblem } from './safeLink';
import { burnUpGeometry } from './burnUpGeometry';
import { formatDay } from './dates';
import { forecastLines } from './forecastText';
import { escapeHtml, notesToHtml } from './notesMarkdown';
import { milestoneCounts, phaseCount, reviewLines, rubricCount, type ReportMilestone, type ReportModel, type ReportProject } from './reportModel';
import type { Resource } from './roadmap';

const safeHref = (url: string) => (linkProblem(url) === null ? escapeHtml(url) : null);

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

const htmlProject = (p: ReportProject) =>
  `<h3>${escapeHtml(p.title)} <span class="muted">${escapeHtml(p.status)}</span></h3><p><span class="muted">Build:</span> ${escapeHtml(p.build)}<br>` +
  `<span class="muted">Hand in:</span> ${escapeHtml(p.handIn)}</p><p class="muted">${escapeHtml(rubricCount(p))}</p><ul class="rubric">${p.rubric
    .map((c) => `<li>${c.met ? '☑' : '☐'} ${escapeHtml(c.criterion)}</li>`)
    .join('')}</ul>`;

const STYLE = `
body{font:14px/1.5 -apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:#1d2433;max-width:820px;margin:32px auto;padding:0 24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #dde1ea;padding-bottom:4px}
.muted{color:#5d677a}.big{font-size:32px;font-weight:800;color:#4457d8}.badge{background:#f1e8ff;color:#6b3fc4;border-radius:99px;padding:0 7px;font-size:11px;font-weight:700}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #dde1ea}
.bar{height:8px;background:#eef0f6;border-radius:99px;overflow:hidden;width:120px}.bar>span{display:block;height:100%;background:#4457d8}
h3{font-size:15px;margin:16px 0 4px}ul{padding-left:18px}ul.rubric{list-style:none;padding-left:4px}li{margin:4px 0}.notes{background:#f5f6fa;border-radius:6px;padding:6px 8px;margin-top:4px;white-space:normal}
svg{width:100%;height:auto}.grid{stroke:#dde1ea}.axis{fill:#5d677a;font-size:11px}.done{fill:none;stroke:#1f8a5b;stroke-width:2.5}.total{fill:none;stroke:#5d677a;stroke-width:1.5;stroke-dasharray:4 4}
.fan{fill:#4457d8;fill-opacity:.16}.median{fill:none;stroke:#4457d8;stroke-width:1.5}
@media print{body{margin:0 auto}h2{break-after:avoid}li,tr{break-inside:avoid}}
`;

function burnUpSvg(points: ReportModel['burnUp'], fan: ReportModel['calibrated']['fan']): string {
  const g = burnUpGeometry(points, undefined, fan);
  if (!g) return '<p class="muted">The chart appears once a milestone is finished.</p>';
  const ticks = g.ticks
    .map((t) => `<line x1="${g.left}" x2="${g.right}" y1="${t.y}" y2="${t.y}" class="grid"/><text x="${g.left - 6}" y="${t.y + 4}" text-anchor="end" class="axis">${t.label}</text>`)
    .join('');
  return `<svg viewBox="0 0 ${g.width} ${g.height}" role="img" aria-label="${escapeHtml(g.summary)}">${ticks}<text x="${g.left}" y="${g.height - 8}" class="axis">${escapeHtml(g.startLabel)}</text><text x="${g.right}" y="${g.height - 8}" text-anchor="end" class="axis">${escapeHtml(g.endLabel)}</text>${g.band ? `<path d="${g.band}" class="fan"/><path d="${g.median}" class="median"/>` : ''}<path d="${g.total}" class="total"/><path d="${g.done}" class="done"/></svg>`;
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
${burnUpSvg(r.burnUp, r.calibrated.fan)}
<h2>Forecast</h2>
<p>${
    r.forecast.finish
      ? `At ${r.forecast.hoursPerWeek} hours a week, the remaining ${r.forecast.remainingHours} hours finish around <strong>${escapeHtml(formatDay(r.forecast.finish))}</strong>.`
      : 'Nothing is left to study on this path.'
  }${r.forecast.goal ? ` Goal date ${escapeHtml(formatDay(r.forecast.goal.date))}: ${escapeHtml(r.forecast.goal.status.replace('-', ' '))}.` : ''}</p>
${r.calibrated.done ? '' : `<p>${escapeHtml(forecastLines(r.calibrated, formatDay).join(' '))}</p>`}
${section(`Completed (${r.completed.length})`, r.completed.map((m) => htmlMilestone(m, m.completedOn ? `completed ${formatDay(m.completedOn)}` : undefined)), 'None yet.')}
${section(`In progress (${r.inProgress.length})`, r.inProgress.map((m) => htmlMilestone(m)), 'None right now.')}
${section('Next up', r.nextUp.map((m) => htmlMilestone(m, `${m.estimateHours} h`)), 'Nothing left.')}
${r.optionalLeftOut.length ? section(`Optional, not in your plan (${r.optionalLeftOut.length})`, r.optionalLeftOut.map((m) => htmlMilestone(m, `${m.estimateHours} h`)), '') : ''}
${r.projects.length ? `<h2>Portfolio projects (${r.projects.length})</h2>${r.projects.map(htmlProject).join('')}` : ''}
${r.review ? `<h2>Spaced review</h2>${reviewLines(r.review).map((l) => `<p>${escapeHtml(l)}</p>`).join('')}` : ''}
<p class="muted">Made with Pathboard.</p>
</body></html>
`;
}
