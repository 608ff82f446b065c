import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyDocument, type MilestoneStatus, type UserDocument } from '../../../src/shared/document';
import { pathView } from '../../../src/shared/pathView';
import { applyStatus } from '../../../src/shared/progress';
import { DEFAULT_STUDY } from '../../../src/shared/study';
import { burnUp, progressByPhase, progressBySkillArea, weeklyStreak } from '../../../src/shared/stats';
import { milestone, roadmap } from '../../support/roadmapFixtures';

/** Applies status changes in order, each at its own time, the way the app records them. */
function played(changes: Array<[at: string, id: string, to: MilestoneStatus]>, doc: UserDocument = emptyDocument()): UserDocument {
  return changes.reduce((d, [at, id, to]) => applyStatus(d, id, to, new Date(at)), doc);
}

describe('weeklyStreak', () => {
  it('counts a Sunday and the following Monday as two weeks in a row', () => {
    const doc = played([
      ['2026-05-31T20:00:00.000Z', 'a', 'done'],
      ['2026-06-01T08:00:00.000Z', 'b', 'done'],
    ]);
    expect(weeklyStreak(doc.history, '2026-06-01')).toEqual({ current: 2, longest: 2 });
  });

  it('still counts from last week while this week has nothing yet', () => {
    const doc = played([
      ['2026-05-20T10:00:00.000Z', 'a', 'done'],
      ['2026-05-27T10:00:00.000Z', 'b', 'done'],
    ]);
    expect(weeklyStreak(doc.history, '2026-06-03')).toEqual({ current: 2, longest: 2 });
  });

  it('resets the current streak after a full week with nothing done, but keeps the longest', () => {
    const doc = played([
      ['2026-05-04T10:00:00.000Z', 'a', 'done'],
      ['2026-05-12T10:00:00.000Z', 'b', 'done'],
      ['2026-05-19T10:00:00.000Z', 'c', 'done'],
    ]);
    // Week of 25 May is empty, and so far is the week of 1 June.
    expect(weeklyStreak(doc.history, '2026-06-03')).toEqual({ current: 0, longest: 3 });
  });

  it('starts a new current streak after a gap', () => {
    const doc = played([
      ['2026-05-04T10:00:00.000Z', 'a', 'done'],
      ['2026-05-12T10:00:00.000Z', 'b', 'done'],
      ['2026-05-19T10:00:00.000Z', 'c', 'done'],
      ['2026-06-02T10:00:00.000Z', 'd', 'done'],
    ]);
    expect(weeklyStreak(doc.history, '2026-06-03')).toEqual({ current: 1, longest: 3 });
  });

  it('counts only moves to done', () => {
    const doc = played([
      ['2026-05-27T10:00:00.000Z', 'a', 'in-progress'],
      ['2026-05-28T10:00:00.000Z', 'b', 'skipped'],
    ]);
    expect(weeklyStreak(doc.history, '2026-06-03')).toEqual({ current: 0, longest: 0 });
  });

  it('is zero for a learner with no history', () => {
    expect(weeklyStreak([], '2026-06-03')).toEqual({ current: 0, longest: 0 });
  });
});

describe('burnUp', () => {
  const view = pathView(
    roadmap('p', [milestone('a'), milestone('b', [], { estimateHours: 10 }), milestone('c', [], { estimateHours: 3 })]),
    emptyDocument(),
  );

  it('replays done hours from the history, subtracting a milestone unchecked later', () => {
    const doc = played([
      ['2026-06-01T09:00:00.000Z', 'a', 'in-progress'],
      ['2026-06-01T18:00:00.000Z', 'a', 'done'],
      ['2026-06-02T10:00:00.000Z', 'elsewhere', 'done'],
      ['2026-06-03T10:00:00.000Z', 'b', 'done'],
      ['2026-06-03T11:00:00.000Z', 'c', 'done'],
      ['2026-06-05T10:00:00.000Z', 'a', 'todo'],
    ]);
    expect(burnUp(view, doc, '2026-06-10')).toEqual([
      { date: '2026-06-01', doneHours: 0, totalHours: 18 },
      { date: '2026-06-01', doneHours: 5, totalHours: 18 },
      { date: '2026-06-03', doneHours: 18, totalHours: 18 },
      { date: '2026-06-05', doneHours: 13, totalHours: 18 },
      { date: '2026-06-10', doneHours: 13, totalHours: 18 },
    ]);
  });

  it('adds no point for a day whose changes cancel out, and none twice for today', () => {
    const doc = played([
      ['2026-06-01T09:00:00.000Z', 'a', 'done'],
      ['2026-06-02T09:00:00.000Z', 'b', 'done'],
      ['2026-06-02T10:00:00.000Z', 'b', 'todo'],
      ['2026-06-04T09:00:00.000Z', 'c', 'done'],
    ]);
    expect(burnUp(view, doc, '2026-06-04').map((p) => [p.date, p.doneHours])).toEqual([
      ['2026-06-01', 0],
      ['2026-06-01', 5],
      ['2026-06-04', 8],
    ]);
  });

  it('uses the learner’s own estimates where they set one', () => {
    const played1 = played([['2026-06-01T09:00:00.000Z', 'a', 'done']]);
    const doc = { ...played1, study: { ...DEFAULT_STUDY('2026-06-01'), estimateOverrides: { a: 7, b: 1, c: 1 } } };
    const points = burnUp(view, doc, '2026-06-02');
    expect(points.map((p) => [p.date, p.doneHours, p.totalHours])).toEqual([
      ['2026-06-01', 0, 9],
      ['2026-06-01', 7, 9],
      ['2026-06-02', 7, 9],
    ]);
  });

  it('gives the same points whatever order the history holds its entries in, offsets included', () => {
    const offsets = ['Z', '+02:00', '-05:30'];
    const entry = fc.record({
      minute: fc.integer({ min: 0, max: 6 * 24 * 60 }),
      offset: fc.constantFrom(...offsets),
      milestoneId: fc.constantFrom('a', 'b', 'c'),
      to: fc.constantFrom<MilestoneStatus>('done', 'todo', 'in-progress'),
    });
    /** An instant on or after 2026-06-01 written with the given offset (the same instant, whatever the offset). */
    const at = (minute: number, offset: string) => {
      const shift = offset === 'Z' ? 0 : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
      const local = new Date(Date.UTC(2026, 5, 1) + (minute + shift) * 60_000).toISOString().slice(0, 19);
      return `${local}${offset === 'Z' ? '.000Z' : offset}`;
    };
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.minute, maxLength: 30 }), fc.nat(), (entries, seed) => {
        const history = entries.map((e) => ({ at: at(e.minute, e.offset), milestoneId: e.milestoneId, from: 'todo' as const, to: e.to }));
        const inOrder = [...history].sort((x, y) => Date.parse(x.at) - Date.parse(y.at));
        const shuffled = [...history].sort((x, y) => ((Date.parse(x.at) * 7919 + seed) % 101) - ((Date.parse(y.at) * 7919 + seed) % 101));
        const today = '2026-06-08';
        expect(burnUp(view, { ...emptyDocument(), history: shuffled }, today)).toEqual(burnUp(view, { ...emptyDocument(), history: inOrder }, today));
      }),
      { numRuns: 300 },
    );
  });

  it('is a single point at today when the path has no history', () => {
    const doc = played([['2026-06-01T09:00:00.000Z', 'elsewhere', 'done']]);
    expect(burnUp(view, doc, '2026-06-04')).toEqual([{ date: '2026-06-04', doneHours: 0, totalHours: 18 }]);
  });
});

describe('progressByPhase', () => {
  const phases = [
    { id: 'basics', title: 'Basics', summary: 'First.', milestones: ['a', 'b', 'c'] },
    { id: 'deeper', title: 'Deeper', summary: 'Then.', milestones: ['d'] },
  ];
  const view = pathView(
    roadmap('p', [milestone('a'), milestone('b', [], { estimateHours: 10 }), milestone('c'), milestone('d')], phases),
    emptyDocument(),
  );

  it('counts done and skipped as handled per phase, done hours from done milestones, and leaves skipped hours out of the total', () => {
    const doc = played([
      ['2026-06-01T09:00:00.000Z', 'a', 'done'],
      ['2026-06-01T09:00:00.000Z', 'b', 'skipped'],
      ['2026-06-01T09:00:00.000Z', 'd', 'in-progress'],
    ]);
    expect(progressByPhase(view, doc)).toEqual([
      { key: 'basics', label: 'Basics', total: 3, todo: 1, inProgress: 0, done: 1, skipped: 1, handled: 2, percent: 66, hoursDone: 5, hoursTotal: 10, optionalLeftOut: 0 },
      { key: 'deeper', label: 'Deeper', total: 1, todo: 0, inProgress: 1, done: 0, skipped: 0, handled: 0, percent: 0, hoursDone: 0, hoursTotal: 5, optionalLeftOut: 0 },
    ]);
  });
});

describe('progressBySkillArea', () => {
  const view = pathView(
    roadmap('p', [
      milestone('a', [], { skillArea: 'ml' }),
      milestone('b', [], { skillArea: 'programming' }),
      milestone('c', [], { skillArea: 'ml', estimateHours: 15 }),
    ]),
    emptyDocument(),
  );

  it('groups the path’s milestones by skill area in the standard area order', () => {
    const doc = played([['2026-06-01T09:00:00.000Z', 'c', 'done']]);
    expect(progressBySkillArea(view, doc)).toEqual([
      { key: 'programming', label: 'programming', total: 1, todo: 1, inProgress: 0, done: 0, skipped: 0, handled: 0, percent: 0, hoursDone: 0, hoursTotal: 5, optionalLeftOut: 0 },
      { key: 'ml', label: 'ml', total: 2, todo: 1, inProgress: 0, done: 1, skipped: 0, handled: 1, percent: 50, hoursDone: 15, hoursTotal: 20, optionalLeftOut: 0 },
    ]);
  });
});
