import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyDocument, type UserDocument } from '../../../src/shared/document';
import { applyStatus, estimator, pathProgress, statusOf } from '../../../src/shared/progress';
import { milestone, roadmap } from '../../support/roadmapFixtures';

const t1 = new Date('2026-03-01T10:00:00.000Z');
const t2 = new Date('2026-03-05T18:30:00.000Z');

describe('applyStatus', () => {
  it('moves a milestone to done and records the date and the change', () => {
    const doc = applyStatus(emptyDocument(), 'docker', 'done', t1);
    expect(statusOf(doc, 'docker')).toBe('done');
    expect(doc.progress['docker']?.completedAt).toBe(t1.toISOString());
    expect(doc.history).toEqual([{ at: t1.toISOString(), milestoneId: 'docker', from: 'todo', to: 'done' }]);
  });

  it('keeps the start date when an in-progress milestone is finished', () => {
    const started = applyStatus(emptyDocument(), 'docker', 'in-progress', t1);
    const done = applyStatus(started, 'docker', 'done', t2);
    expect(done.progress['docker']).toEqual({ status: 'done', startedAt: t1.toISOString(), completedAt: t2.toISOString() });
  });

  it('clears the completion date when a done milestone is unchecked, leaving no empty entry', () => {
    const done = applyStatus(emptyDocument(), 'docker', 'done', t1);
    const back = applyStatus(done, 'docker', 'todo', t2);
    expect(back.progress['docker']).toBeUndefined();
    expect(back.history.map((h) => h.to)).toEqual(['done', 'todo']);
  });

  it('keeps notes, checklist ticks, hours, target date and evidence through every status change', () => {
    const kept = { notes: 'Layers cache', checklist: [0, 2], hoursSpent: 3, targetDate: '2026-07-01', evidenceUrl: 'https://example.org/r' };
    let doc: UserDocument = { ...emptyDocument(), progress: { docker: { status: 'todo', ...kept } } };
    for (const to of ['in-progress', 'done', 'skipped', 'todo', 'done'] as const) {
      doc = applyStatus(doc, 'docker', to, t2);
      expect(doc.progress['docker']).toMatchObject({ status: to, ...kept });
    }
  });

  it('returns the same document, with no history entry, when the status does not change', () => {
    const doc = applyStatus(emptyDocument(), 'docker', 'done', t1);
    expect(applyStatus(doc, 'docker', 'done', t2)).toBe(doc);
  });

  it('does not modify the document it was given', () => {
    const before = emptyDocument();
    applyStatus(before, 'docker', 'done', t1);
    expect(before).toEqual(emptyDocument());
  });
});

describe('pathProgress', () => {
  const path = roadmap('p', [milestone('a'), milestone('b'), milestone('c'), milestone('d')]);

  it('is 0% for a new learner', () => {
    expect(pathProgress(path, emptyDocument())).toEqual({
      total: 4, todo: 4, done: 0, inProgress: 0, skipped: 0, handled: 0, percent: 0, hoursDone: 0, hoursTotal: 20, optionalLeftOut: 0,
    });
  });

  it('counts done and skipped milestones as handled, and in-progress ones apart', () => {
    let doc = applyStatus(emptyDocument(), 'a', 'done', t1);
    doc = applyStatus(doc, 'b', 'skipped', t1);
    doc = applyStatus(doc, 'c', 'in-progress', t1);
    expect(pathProgress(path, doc)).toMatchObject({ done: 1, skipped: 1, inProgress: 1, todo: 1, handled: 2, percent: 50 });
    // A skipped milestone is not studied: its hours leave the total.
    expect(pathProgress(path, doc)).toMatchObject({ hoursDone: 5, hoursTotal: 15 });
  });

  it('adds up the estimated hours of done milestones', () => {
    const doc = applyStatus(applyStatus(emptyDocument(), 'a', 'done', t1), 'b', 'in-progress', t1);
    expect(pathProgress(path, doc)).toMatchObject({ hoursDone: 5, hoursTotal: 20 });
  });

  it('ignores progress on milestones that are not on this path', () => {
    const doc = applyStatus(emptyDocument(), 'elsewhere', 'done', t1);
    expect(pathProgress(path, doc).percent).toBe(0);
  });

  it('rounds down so 100% means every milestone is handled', () => {
    const three = roadmap('p3', [milestone('a'), milestone('b'), milestone('c')]);
    let doc = applyStatus(emptyDocument(), 'a', 'done', t1);
    doc = applyStatus(doc, 'b', 'done', t1);
    expect(pathProgress(three, doc).percent).toBe(66);
  });
});

describe('optional milestones', () => {
  const path = roadmap('p', [milestone('a'), milestone('cert', [], { optional: true, estimateHours: 20 })]);

  it('are left out of the count, the percentage and the hours until the learner adds them to their plan or starts one', () => {
    expect(pathProgress(path, emptyDocument())).toMatchObject({ total: 1, hoursTotal: 5, optionalLeftOut: 1 });
    const planned: UserDocument = { ...emptyDocument(), progress: { cert: { status: 'todo', inPlan: true } } };
    expect(pathProgress(path, planned)).toMatchObject({ total: 2, hoursTotal: 25, optionalLeftOut: 0 });
    const started = applyStatus(emptyDocument(), 'cert', 'in-progress', t1);
    expect(pathProgress(path, started)).toMatchObject({ total: 2, inProgress: 1, optionalLeftOut: 0 });
  });
});

describe('estimator', () => {
  // Ids as the data file can hold them, including ones that name what every plain object inherits.
  const id = fc.oneof(fc.constantFrom('a', 'b', 'c', 'toString', 'constructor', '__proto__', 'hasOwnProperty'), fc.string({ maxLength: 4 }));
  const value = fc.oneof(fc.double(), fc.integer({ min: -3, max: 40 }), fc.constantFrom(0, Number.NaN, Infinity, '8', null));

  it("gives the learner's estimate where it is a positive finite number, and the built-in one otherwise", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(id, value), { maxLength: 8 }), fc.array(fc.tuple(id, fc.integer({ min: 1, max: 50 })), { minLength: 1 }), (pairs, milestones) => {
        // Parsed, as the data file is: "__proto__" becomes an own key, as JSON.parse makes it.
        const overrides = JSON.parse(JSON.stringify(Object.fromEntries(pairs))) as Record<string, number>;
        const estimate = estimator(overrides);
        for (const [mid, estimateHours] of milestones) {
          const own = Object.prototype.hasOwnProperty.call(overrides, mid) ? (overrides as Record<string, unknown>)[mid] : undefined;
          const expected = typeof own === 'number' && Number.isFinite(own) && own > 0 ? own : estimateHours;
          expect(estimate({ id: mid, estimateHours })).toBe(expected);
        }
      }),
    );
  });

  it('gives the built-in estimate when the learner set none', () => {
    expect(estimator(undefined)({ id: 'a', estimateHours: 6 })).toBe(6);
    expect(estimator({})({ id: 'a', estimateHours: 6 })).toBe(6);
    expect(estimator({ a: 2.5 })({ id: 'a', estimateHours: 6 })).toBe(2.5);
  });
});
