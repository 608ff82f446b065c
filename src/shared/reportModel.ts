// The progress report's model: one pure function from the document, and the sentences every rendering of it shares.
import { COLUMN_TITLES } from './board';
import { type UserDocument } from './document';
import { forecastSummary } from './schedule';
import { calibratedForecast, type CalibratedForecast } from './forecast';
import type { PathView } from './pathView';
import { counts, estimator, pathProgress } from './progress';
import { burnUp, progressByPhase } from './stats';
import type { StudySettings } from './study';
import { retentionFigures, type RetentionFigures } from './review';
import type { Resource } from './roadmap';

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

/** A portfolio project of the path: its brief in short and how the learner judged the result against its rubric. */
export interface ReportProject {
  title: string;
  status: string;
  build: string;
  handIn: string;
  rubric: Array<{ criterion: string; met: boolean }>;
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
  /** Every portfolio project with a brief, in path order, with the rubric criteria the learner ticked. */
  projects: ReportProject[];
  forecast: { finish: string | null; hoursPerWeek: number; remainingHours: number; goal?: { date: string; status: string } };
  /** The calibrated forecast, the same figures as the plan view (same seed and runs). */
  calibrated: CalibratedForecast;
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
  const estimate = estimator(doc.study?.estimateOverrides);
  const item = (id: string): ReportMilestone => {
    const m = view.byId.get(id)!;
    const p = doc.progress[id];
    return {
      id,
      title: m.title,
      phase: view.phaseOf.get(id)?.title ?? '',
      custom: m.custom,
      estimateHours: estimate(m),
      ...(p?.completedAt ? { completedOn: p.completedAt.slice(0, 10) } : {}),
      ...(p?.evidenceUrl ? { evidenceUrl: p.evidenceUrl } : {}),
      ...(options.includeNotes && p?.notes ? { notes: p.notes } : {}),
    };
  };
  const overall = pathProgress(view, doc);
  const plan = forecastSummary(view, doc, settings, today, 5);
  const doneIds: string[] = [];
  const inProgressIds: string[] = [];
  const leftOutIds: string[] = [];
  for (const m of view.milestones) {
    const p = doc.progress[m.id];
    if (p?.status === 'done') doneIds.push(m.id);
    else if (p?.status === 'in-progress') inProgressIds.push(m.id);
    if (!counts(m, p)) leftOutIds.push(m.id);
  }
  const completed = doneIds.map(item).sort((a, b) => compareDays(a.completedOn ?? '', b.completedOn ?? ''));
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
    inProgress: inProgressIds.map(item).map(withResources),
    nextUp: plan.next.map((m) => withResources(item(m.id))),
    optionalLeftOut: leftOutIds.map(item),
    projects: projectsOf(view, doc),
    forecast: {
      finish: plan.finish,
      hoursPerWeek: settings.hoursPerWeek,
      remainingHours: round(plan.remainingHours),
      ...(plan.goal ? { goal: { date: plan.goal.date, status: plan.goal.status } } : {}),
    },
    calibrated: calibratedForecast(view, doc, settings, today),
    burnUp: burnUp(view, doc, today, overall.hoursTotal),
    includesNotes: options.includeNotes,
    ...reviewPart(doc, today),
  };
}

function projectsOf(view: PathView, doc: UserDocument): ReportProject[] {
  return view.milestones.flatMap((m) => {
    if (m.kind !== 'project' || !m.spec) return [];
    const ticks = new Set(doc.progress[m.id]?.rubric ?? []);
    const status = COLUMN_TITLES[doc.progress[m.id]?.status ?? 'todo'];
    const rubric = (m.rubric ?? []).map((criterion, i) => ({ criterion, met: ticks.has(i) }));
    return [{ title: m.title, status, build: m.spec.build, handIn: m.spec.handIn, rubric }];
  });
}

/** "3 of 5 rubric criteria met": the same words in every format. */
export const rubricCount = (p: ReportProject) => `${p.rubric.filter((c) => c.met).length} of ${p.rubric.length} rubric criteria met`;

/** The review figures as of midday on the report date (the report knows the day, not the hour). */
function reviewPart(doc: UserDocument, today: string): { review?: RetentionFigures } {
  if (Object.keys(doc.review.cards).length === 0 && doc.review.log.length === 0) return {};
  const [y = 1970, m = 1, d = 1] = today.split('-').map(Number);
  return { review: retentionFigures(doc.review, new Date(y, m - 1, d, 12)) };
}

const percentOrDash = (n: number | null) => (n === null ? '—' : `${n}%`);
export const reviewLines = (f: RetentionFigures) => [
  `${f.cards} review prompts, ${f.due} due today, ${f.answers30} answers in the last 30 days.`,
  `Remembered in the last 30 days: ${percentOrDash(f.retention30)}. Expected recall today: ${percentOrDash(f.predictedRecall)}.`,
];

const round = (n: number) => Math.round(n * 10) / 10;

/** YYYY-MM-DD days in calendar order: compared as plain strings, which is all they need (localeCompare is far slower). */
const compareDays = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const milestoneCounts = (r: ReportModel) =>
  `${r.done} of ${r.total} milestones done${r.skipped > 0 ? `, ${r.skipped} skipped` : ''}`;
export const phaseCount = (p: ReportModel['phases'][number]) => `${p.done}/${p.total}${p.skipped > 0 ? ` (${p.skipped} skipped)` : ''}`;
