import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyDocument, type UserDocument } from '../../../src/shared/document';
import { dayNumber, dayString } from '../../../src/shared/calendar';
import { EstimateHoursSchema } from '../../../src/shared/document';
import { forecast, forecastSummary } from '../../../src/shared/schedule';
import { studySettingsProblems, type StudySettings } from '../../../src/shared/study';
import { targetStatus } from '../../../src/shared/targetStatus';
import { weekPlan } from '../../../src/shared/weekPlan';

const addDays = (day: string, days: number) => dayString(dayNumber(day) + days);
/** The plan form's view of settings, checked by the one study-settings rule. */
const validateStudySettings = (s: StudySettings, today: string, savedGoal?: string) =>
  studySettingsProblems({ hoursPerWeek: s.hoursPerWeek, weekdays: s.weekdays, startDate: s.startDate, goalDate: s.goalDate }, today, savedGoal);
import { pathView } from '../../../src/shared/pathView';
import { applyStatus, statusOf } from '../../../src/shared/progress';
import type { Milestone } from '../../../src/shared/roadmap';
import { milestone, roadmap } from '../../support/roadmapFixtures';

const today = '2026-06-01'; // a Monday
const now = new Date('2026-06-01T09:00:00.000Z');
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

function settings(extra: Partial<StudySettings> = {}): StudySettings {
  return { hoursPerWeek: 10, weekdays: EVERY_DAY, startDate: today, ...extra };
}

const hours = (id: string, estimateHours: number, prerequisites: string[] = []) => milestone(id, prerequisites, { estimateHours });

function viewOf(milestones: Milestone[], doc: UserDocument = emptyDocument(), phases?: Parameters<typeof roadmap>[2]) {
  return pathView(roadmap('p', milestones, phases), doc);
}

function withStatus(doc: UserDocument, id: string, status: 'todo' | 'in-progress' | 'done' | 'skipped', hoursSpent?: number): UserDocument {
  const next = applyStatus(doc, id, status, now);
  if (hoursSpent === undefined) return next;
  return { ...next, progress: { ...next.progress, [id]: { ...next.progress[id]!, hoursSpent } } };
}

/** For n milestones: each one's prerequisites, as indices (loops and self-references included). */
const prerequisitesOf = (n: number) => fc.array(fc.array(fc.nat(n - 1), { maxLength: 3 }), { minLength: n, maxLength: n });
/** For n milestones: each one's status, to do twice as likely as the others. */
const statusesOf = (n: number) =>
  fc.array(fc.constantFrom('todo', 'todo', 'in-progress', 'done', 'skipped') as fc.Arbitrary<'todo' | 'in-progress' | 'done' | 'skipped'>, { minLength: n, maxLength: n });

const spanDays = (from: string, to: string | null) => dayNumber(to!) - dayNumber(from);

/** Every number anywhere in a value, so a test can prove none of them is NaN or infinite. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

describe('studySettingsProblems', () => {
  it('accepts sensible settings', () => {
    expect(validateStudySettings(settings({ goalDate: '2026-12-31', estimateOverrides: { a: 12.5 } }), today)).toEqual([]);
  });

  it.each([0, -5, Number.NaN, 113])('rejects %s hours per week on the hours field', (h) => {
    const problems = validateStudySettings(settings({ hoursPerWeek: h }), today);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('hoursPerWeek');
  });

  it('explains the 112-hour limit and accepts exactly 112', () => {
    expect(validateStudySettings(settings({ hoursPerWeek: 113 }), today)[0]?.message).toMatch(/only 112 waking hours/);
    expect(validateStudySettings(settings({ hoursPerWeek: 112 }), today)).toEqual([]);
  });

  it('rejects a non-numeric hours value coming from a form', () => {
    const bad = { ...settings(), hoursPerWeek: 'ten' as unknown as number };
    expect(validateStudySettings(bad, today).map((p) => p.field)).toEqual(['hoursPerWeek']);
  });

  it('rejects no weekdays, weekdays out of range and repeated weekdays', () => {
    expect(validateStudySettings(settings({ weekdays: [] }), today)).toEqual([
      { field: 'weekdays', message: expect.stringMatching(/at least one day/) },
    ]);
    expect(validateStudySettings(settings({ weekdays: [0, 7] }), today).map((p) => p.field)).toEqual(['weekdays']);
    expect(validateStudySettings(settings({ weekdays: [2, 2] }), today).map((p) => p.field)).toEqual(['weekdays']);
  });

  it('rejects a start date that is not a real day', () => {
    expect(validateStudySettings(settings({ startDate: '2026-02-30' }), today).map((p) => p.field)).toEqual(['startDate']);
    expect(validateStudySettings(settings({ startDate: 'soon' }), today).map((p) => p.field)).toEqual(['startDate']);
  });

  it('rejects a goal date before the start date as dates in the wrong order', () => {
    const problems = validateStudySettings(settings({ startDate: '2026-07-01', goalDate: '2026-06-15' }), today);
    expect(problems).toEqual([{ field: 'goalDate', message: expect.stringMatching(/wrong order/) }]);
  });

  it('rejects a goal date in the past but accepts today', () => {
    const past = validateStudySettings(settings({ startDate: '2026-05-01', goalDate: '2026-05-31' }), today);
    expect(past).toEqual([{ field: 'goalDate', message: expect.stringMatching(/in the past/) }]);
    expect(validateStudySettings(settings({ goalDate: today }), today)).toEqual([]);
  });

  it('treats an empty goal date as no goal', () => {
    expect(validateStudySettings(settings({ goalDate: '' }), today)).toEqual([]);
  });

  it('lets a goal date saved earlier stay although it has passed, but not a newly entered past one', () => {
    const passed = settings({ startDate: '2026-05-01', goalDate: '2026-05-31' });
    expect(validateStudySettings(passed, today, '2026-05-31')).toEqual([]);
    expect(validateStudySettings(passed, today, '2026-05-30').map((p) => p.field)).toEqual(['goalDate']);
  });

  it('rejects estimates that are not a positive number of at most 1,000 hours', () => {
    expect([0, 1001, Number.NaN, 1000, 0.5].map((h) => EstimateHoursSchema.safeParse(h).success)).toEqual([false, false, false, true, true]);
  });
});

describe('forecast', () => {
  it('turns 100 hours at 10 hours a week into 10 weeks, finishing on day 70', () => {
    const f = forecast(viewOf([hours('a', 100)]), emptyDocument(), settings(), today);
    expect(f).toMatchObject({ remainingHours: 100, weeks: 10, finish: '2026-08-09', done: false });
    expect(f.milestones).toEqual([
      { id: 'a', title: 'Learn a', phaseId: 'core', remainingHours: 100, start: '2026-06-01', finish: '2026-08-09' },
    ]);
  });

  it('halves the span when the weekly hours double', () => {
    const view = viewOf([hours('a', 60), hours('b', 40)]);
    const slow = forecast(view, emptyDocument(), settings({ hoursPerWeek: 10 }), today);
    const fast = forecast(view, emptyDocument(), settings({ hoursPerWeek: 20 }), today);
    expect(fast.weeks).toBe(slow.weeks / 2);
    expect(Math.abs(spanDays(today, slow.finish) / 2 - spanDays(today, fast.finish))).toBeLessThanOrEqual(1);

    const threeDays = settings({ weekdays: [0, 2, 4] });
    const slow3 = forecast(view, emptyDocument(), { ...threeDays, hoursPerWeek: 8 }, today);
    const fast3 = forecast(view, emptyDocument(), { ...threeDays, hoursPerWeek: 16 }, today);
    expect(Math.abs(spanDays(today, slow3.finish) / 2 - spanDays(today, fast3.finish))).toBeLessThanOrEqual(1);
  });

  it('studies only on the chosen weekdays, from the first one on or after the start date', () => {
    // Monday to Friday at 10 h a week is 2 h a day; a Saturday start waits for Monday.
    const f = forecast(viewOf([hours('a', 10)]), emptyDocument(), settings({ weekdays: [4, 0, 1, 2, 3], startDate: '2026-06-06' }), today);
    expect(f.milestones[0]).toMatchObject({ start: '2026-06-08', finish: '2026-06-12' });
  });

  it('starts today when the start date has already passed', () => {
    const f = forecast(viewOf([hours('a', 1)]), emptyDocument(), settings({ startDate: '2026-01-01' }), '2026-06-03');
    expect(f.milestones[0]).toMatchObject({ start: '2026-06-03', finish: '2026-06-03' });
  });

  it('lets one study day hold the end of one milestone and the start of the next', () => {
    // 7 h a week on every day is 1 h a day.
    const f = forecast(viewOf([hours('a', 1.5), hours('b', 1.5)]), emptyDocument(), settings({ hoursPerWeek: 7 }), today);
    expect(f.milestones.map((m) => [m.id, m.start, m.finish])).toEqual([
      ['a', '2026-06-01', '2026-06-02'],
      ['b', '2026-06-02', '2026-06-03'],
    ]);
  });

  it('schedules a prerequisite before its dependant even when the dependant is listed first', () => {
    const f = forecast(viewOf([hours('b', 10, ['a']), hours('a', 10)]), emptyDocument(), settings(), today);
    expect(f.milestones.map((m) => m.id)).toEqual(['a', 'b']);
    const [a, b] = f.milestones;
    expect(b!.start >= a!.finish).toBe(true);
  });

  it('puts in-progress milestones first, bringing their unfinished prerequisites with them', () => {
    const view = viewOf([hours('a', 5), hours('b', 5), hours('c', 5), hours('d', 5, ['c'])]);
    let doc = withStatus(emptyDocument(), 'b', 'in-progress');
    doc = withStatus(doc, 'd', 'in-progress');
    expect(forecast(view, doc, settings(), today).milestones.map((m) => m.id)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('ignores prerequisites that are already handled or not on this path', () => {
    const view = viewOf([hours('b', 5, ['a', 'elsewhere']), hours('a', 5)]);
    const doc = withStatus(emptyDocument(), 'a', 'done');
    expect(forecast(view, doc, settings(), today).milestones.map((m) => m.id)).toEqual(['b']);
  });

  it('still schedules every milestone when prerequisites form a loop', () => {
    const f = forecast(viewOf([hours('a', 5, ['b']), hours('b', 5, ['a'])]), emptyDocument(), settings(), today);
    expect(f.milestones.map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('counts hours already spent: 4 of 10 hours spent leaves 6', () => {
    const doc = withStatus(emptyDocument(), 'a', 'in-progress', 4);
    const f = forecast(viewOf([hours('a', 10), hours('b', 10)]), doc, settings(), today);
    expect(f.remainingHours).toBe(16);
    expect(f.milestones[0]).toMatchObject({ id: 'a', remainingHours: 6 });
  });

  it('leaves out a milestone whose spent hours already cover its estimate', () => {
    const doc = withStatus(emptyDocument(), 'a', 'in-progress', 12);
    const f = forecast(viewOf([hours('a', 10), hours('b', 10)]), doc, settings(), today);
    expect(f.remainingHours).toBe(10);
    expect(f.milestones.map((m) => m.id)).toEqual(['b']);
  });

  it('adds nothing for done and skipped milestones', () => {
    let doc = withStatus(emptyDocument(), 'a', 'done');
    doc = withStatus(doc, 'b', 'skipped');
    const f = forecast(viewOf([hours('a', 10), hours('b', 10), hours('c', 10)]), doc, settings(), today);
    expect(f).toMatchObject({ remainingHours: 10, weeks: 1 });
    expect(f.milestones.map((m) => m.id)).toEqual(['c']);
  });

  it('reports a path with nothing left as done, with no finish date and no NaN', () => {
    let doc = withStatus(emptyDocument(), 'a', 'done');
    doc = withStatus(doc, 'b', 'skipped');
    const f = forecast(viewOf([hours('a', 10), hours('b', 10)]), doc, settings({ goalDate: '2026-07-01' }), today);
    expect(f).toMatchObject({ remainingHours: 0, weeks: 0, finish: null, done: true, milestones: [] });
    expect(f.phases).toEqual([{ phaseId: 'core', title: 'Core', remainingHours: 0, finish: null, done: true }]);
    expect(f.goal).toEqual({ date: '2026-07-01', status: 'on-track' });
    expect(numbersIn(f).every(Number.isFinite)).toBe(true);
  });

  it('replaces the built-in estimate with the learner’s override', () => {
    const f = forecast(viewOf([hours('a', 10), hours('b', 10)]), emptyDocument(), settings({ estimateOverrides: { a: 30 } }), today);
    expect(f).toMatchObject({ remainingHours: 40, weeks: 4 });
    expect(f.milestones[0]).toMatchObject({ id: 'a', remainingHours: 30 });
  });

  it('rounds weeks up to one decimal', () => {
    const f = forecast(viewOf([hours('a', 101)]), emptyDocument(), settings(), today);
    expect(f.weeks).toBe(10.1);
  });

  it('gives each phase the finish of its last remaining milestone, and none to a finished phase', () => {
    const phases = [
      { id: 'basics', title: 'Basics', summary: 'First.', milestones: ['a', 'b'] },
      { id: 'deeper', title: 'Deeper', summary: 'Then.', milestones: ['c', 'd'] },
    ];
    const view = viewOf([hours('a', 7), hours('b', 7), hours('c', 7), hours('d', 7)], emptyDocument(), phases);
    const doc = withStatus(withStatus(emptyDocument(), 'c', 'done'), 'd', 'skipped');
    const f = forecast(view, doc, settings({ hoursPerWeek: 7 }), today);
    expect(f.phases).toEqual([
      { phaseId: 'basics', title: 'Basics', remainingHours: 14, finish: '2026-06-14', done: false },
      { phaseId: 'deeper', title: 'Deeper', remainingHours: 0, finish: null, done: true },
    ]);
    expect(f.finish).toBe('2026-06-14');
  });

  it('leaves out the goal when none is set', () => {
    expect(forecast(viewOf([hours('a', 10)]), emptyDocument(), settings(), today).goal).toBeUndefined();
  });

  describe('goal status', () => {
    // 100 h at 10 h a week finishes on 2026-08-09.
    const view = viewOf([hours('a', 100)]);
    const goal = (goalDate: string) => forecast(view, emptyDocument(), settings({ goalDate }), today).goal;

    it('is on track when the finish is on or before the goal', () => {
      expect(goal('2026-08-09')).toEqual({ date: '2026-08-09', status: 'on-track' });
      expect(goal('2026-12-01')?.status).toBe('on-track');
    });

    it('is at risk when the finish is at most 14 days late', () => {
      expect(goal('2026-07-26')?.status).toBe('at-risk');
    });

    it('is behind when the finish is more than 14 days late', () => {
      expect(goal('2026-07-25')?.status).toBe('behind');
    });

    it('allows 10% of a long remaining span before calling it behind', () => {
      // 1,000 h at 10 h a week is 700 days, so up to 70 days late is only at risk.
      const long = viewOf([hours('a', 1000)]);
      const f = forecast(long, emptyDocument(), settings(), today);
      const late = (days: number) => forecast(long, emptyDocument(), settings({ goalDate: addDays(f.finish!, -days) }), today).goal?.status;
      expect(late(60)).toBe('at-risk');
      expect(late(75)).toBe('behind');
    });
  });
});

describe('weekPlan', () => {
  it('fills the week in schedule order and ends with the part of a milestone that fits', () => {
    const view = viewOf([hours('c', 5, ['a']), hours('a', 4), hours('b', 3)]);
    expect(weekPlan(view, emptyDocument(), settings(), today)).toEqual({
      items: [
        { id: 'a', title: 'Learn a', hours: 4, partial: false },
        { id: 'c', title: 'Learn c', hours: 5, partial: false },
        { id: 'b', title: 'Learn b', hours: 1, partial: true },
      ],
      budget: 10,
      left: 0,
    });
  });

  it('reports the hours left when everything remaining fits', () => {
    const doc = withStatus(emptyDocument(), 'a', 'in-progress', 1.5);
    const plan = weekPlan(viewOf([hours('a', 4), hours('b', 3)]), doc, settings({ hoursPerWeek: 8 }), today);
    expect(plan.items.map((i) => [i.id, i.hours, i.partial])).toEqual([
      ['a', 2.5, false],
      ['b', 3, false],
    ]);
    expect(plan).toMatchObject({ budget: 8, left: 2.5 });
  });

  it('adds no empty partial item when the budget is used up exactly', () => {
    const plan = weekPlan(viewOf([hours('a', 6), hours('b', 4), hours('c', 4)]), emptyDocument(), settings(), today);
    expect(plan.items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(plan.left).toBe(0);
  });

  it('plans nothing for a finished path and keeps the whole budget', () => {
    const doc = withStatus(emptyDocument(), 'a', 'done');
    expect(weekPlan(viewOf([hours('a', 4)]), doc, settings(), today)).toEqual({ items: [], budget: 10, left: 10 });
  });
});

describe('targetStatus', () => {
  it('is null without a target date', () => {
    expect(targetStatus(undefined, false, '2026-06-10', today)).toBeNull();
  });

  it('is done once the milestone is handled, even past its target', () => {
    expect(targetStatus('2026-05-01', true, undefined, today)).toBe('done');
  });

  it('is overdue when the target has passed and the milestone is not handled', () => {
    expect(targetStatus('2026-05-31', false, '2026-06-10', today)).toBe('overdue');
  });

  it('is at risk when the projected finish falls after the target', () => {
    expect(targetStatus('2026-06-05', false, '2026-06-06', today)).toBe('at-risk');
  });

  it('is on track when the projected finish is on or before the target, or unknown', () => {
    expect(targetStatus('2026-06-05', false, '2026-06-05', today)).toBe('on-track');
    expect(targetStatus(today, false, undefined, today)).toBe('on-track');
  });
});

describe('scheduleOrder', () => {
  /** The obvious O(N²) definition: repeatedly take the best-ranked milestone whose remaining prerequisites are done. */
  function reference(view: ReturnType<typeof viewOf>, doc: UserDocument) {
    const pending = view.milestones.filter((m) => statusOf(doc, m.id) !== 'done' && statusOf(doc, m.id) !== 'skipped');
    const ids = new Set(pending.map((m) => m.id));
    const pre = (m: (typeof pending)[number]) => m.prerequisites.filter((p) => p !== m.id && ids.has(p));
    const urgent = new Set<string>();
    const pull = (id: string) => {
      if (urgent.has(id)) return;
      urgent.add(id);
      pre(view.byId.get(id)!).forEach(pull);
    };
    pending.filter((m) => statusOf(doc, m.id) === 'in-progress').forEach((m) => pull(m.id));
    const rank = (m: (typeof pending)[number]) => (urgent.has(m.id) ? 0 : 1e6) + view.order.get(m.id)!;
    const out: string[] = [];
    let left = [...pending];
    while (left.length > 0) {
      const ready = left.filter((m) => pre(m).every((p) => out.includes(p)));
      const pool = ready.length > 0 ? ready : left;
      const next = pool.reduce((a, b) => (rank(b) < rank(a) ? b : a));
      out.push(next.id);
      left = left.filter((m) => m !== next);
    }
    return out;
  }

  it('orders any prerequisite graph, loops included, exactly as the obvious definition does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 25 }).chain((n) =>
          fc.tuple(prerequisitesOf(n), statusesOf(n)),
        ),
        ([edges, statuses]) => {
          const milestones = edges.map((pre, i) => hours(`m${i}`, 1 + (i % 4), pre.map((j) => `m${j}`)));
          let doc = emptyDocument();
          statuses.forEach((s, i) => (doc = applyStatus(doc, `m${i}`, s, now)));
          const view = viewOf(milestones, doc);
          expect(forecast(view, doc, settings(), today).milestones.map((m) => m.id)).toEqual(reference(view, doc));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the header and the report the finish, hours, goal and next milestones the full forecast gives, for any path, progress and study week', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 25 }).chain((n) =>
          fc.tuple(
            prerequisitesOf(n),
            statusesOf(n),
            fc.array(fc.double({ min: 0.25, max: 40, noNaN: true }), { minLength: n, maxLength: n }),
            fc.integer({ min: 1, max: 112 }),
            fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
            fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
          ),
        ),
        ([edges, statuses, estimates, hoursPerWeek, weekdays, goalIn]) => {
          const milestones = edges.map((pre, i) => hours(`m${i}`, Math.round(estimates[i]! * 4) / 4, pre.map((j) => `m${j}`)));
          let doc = emptyDocument();
          statuses.forEach((s, i) => (doc = applyStatus(doc, `m${i}`, s, now)));
          const view = viewOf(milestones, doc);
          const week = settings({ hoursPerWeek, weekdays, ...(goalIn === undefined ? {} : { goalDate: addDays(today, goalIn) }) });
          const full = forecast(view, doc, week, today);
          const { done, finish, remainingHours, goal } = full;
          const next = full.milestones.filter((m) => statusOf(doc, m.id) === 'todo').slice(0, 5).map((m) => m.id);
          const summary = forecastSummary(view, doc, week, today, 5);
          expect({ ...summary, next: summary.next.map((m) => m.id) }).toEqual({ done, finish, remainingHours, next, ...(goal ? { goal } : {}) });
        },
      ),
      { numRuns: 300 },
    );
  });
});
