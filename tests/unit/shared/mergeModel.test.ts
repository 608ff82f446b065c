// Two devices edit the same data at random, each on its own copy, and the merge of one copy into the other is checked
// field by field against what each device really did (a model of the edits, not the merge's own reasoning).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyDocument, UserDocumentSchema, type UserDocument } from '../../../src/shared/document';
import { mergeDocuments } from '../../../src/shared/merge';
import { unitOf, type ProgressUnit } from '../../../src/shared/mergeBase';
import { commit, updateProgress } from '../../../src/shared/mutations';
import { applyStatus } from '../../../src/shared/progress';

const IDS = ['docker', 'kubernetes', 'git'] as const;
const UNITS: ProgressUnit[] = ['status', 'checklist', 'hoursSpent', 'notes', 'targetDate'];
const PATHS = ['mlops', 'data-scientist', 'ml-engineer'] as const;

type Op =
  | { kind: 'status'; id: string; to: 'todo' | 'in-progress' | 'done' | 'skipped' }
  | { kind: 'tick'; id: string; index: number; done: boolean }
  | { kind: 'hours'; id: string; hours: number | null }
  | { kind: 'notes'; id: string; notes: string }
  | { kind: 'target'; id: string; day: string | null }
  | { kind: 'path'; path: string };

const id = fc.constantFrom(...IDS);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('status' as const), id, to: fc.constantFrom('todo' as const, 'in-progress' as const, 'done' as const, 'skipped' as const) }),
  fc.record({ kind: fc.constant('tick' as const), id, index: fc.integer({ min: 0, max: 3 }), done: fc.boolean() }),
  fc.record({ kind: fc.constant('hours' as const), id, hours: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }) }),
  fc.record({ kind: fc.constant('notes' as const), id, notes: fc.constantFrom('Compose files', 'Helm charts', 'Read the docs', '') }),
  fc.record({ kind: fc.constant('target' as const), id, day: fc.option(fc.constantFrom('2027-01-15', '2027-02-01'), { nil: null }) }),
  fc.record({ kind: fc.constant('path' as const), path: fc.constantFrom(...PATHS) }),
);

function apply(doc: UserDocument, o: Op, now: Date): UserDocument {
  switch (o.kind) {
    case 'status':
      return applyStatus(doc, o.id, o.to, now);
    case 'tick':
      return updateProgress(doc, o.id, { step: { index: o.index, done: o.done } });
    case 'hours':
      return updateProgress(doc, o.id, { hoursSpent: o.hours });
    case 'notes':
      return updateProgress(doc, o.id, { notes: o.notes });
    case 'target':
      return updateProgress(doc, o.id, { targetDate: o.day });
    case 'path':
      return { ...doc, activePathId: o.path };
  }
}

/** Each part's value, keyed "milestone.unit" (and "activePathId"). */
function parts(doc: UserDocument): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of IDS) for (const u of UNITS) out.set(`${m}.${u}`, JSON.stringify(unitOf(doc.progress[m], u) ?? null));
  out.set('activePathId', JSON.stringify(doc.activePathId));
  return out;
}

interface Device {
  doc: UserDocument;
  /** When each part last changed on this device (the model's own record). */
  changed: Map<string, number>;
}

const T0 = Date.UTC(2026, 5, 1, 8);
/** Two minutes apart: no two edits merge into one undo step. */
const at = (step: number) => new Date(T0 + step * 120_000);

function run(device: Device, o: Op, step: number, undoable: boolean): void {
  const now = at(step);
  const before = parts(device.doc);
  const next = apply(device.doc, o, now);
  device.doc = undoable ? commit(device.doc, next, `edit ${'id' in o ? o.id : 'path'} ${o.kind}`, now, 'id' in o ? [o.id] : undefined) : next;
  const after = parts(device.doc);
  for (const [k, v] of after) if (before.get(k) !== v) device.changed.set(k, step);
}

const scenario = fc.record({
  shared: fc.array(op, { maxLength: 10 }),
  edits: fc.array(fc.tuple(fc.boolean(), op), { maxLength: 30 }),
});

function play(shared: Op[], edits: [boolean, Op][], sharedUndoable: boolean) {
  const start: Device = { doc: emptyDocument(), changed: new Map() };
  shared.forEach((o, i) => run(start, o, i, sharedUndoable));
  const base = start.doc;
  const ours: Device = { doc: base, changed: new Map() };
  const theirs: Device = { doc: base, changed: new Map() };
  edits.forEach(([mine, o], i) => run(mine ? ours : theirs, o, shared.length + i, true));
  return { base, ours, theirs, merged: mergeDocuments(ours.doc, theirs.doc) };
}

/** What the merged part must be: the only side that changed it, else a value over none, else the later change. */
function expected(key: string, base: UserDocument, ours: Device, theirs: Device): string | 'either' {
  const o = parts(base).get(key);
  const a = parts(ours.doc).get(key);
  const b = parts(theirs.doc).get(key);
  if (a === b) return a ?? 'either';
  if (!ours.changed.has(key) || a === o) return b ?? 'either';
  if (!theirs.changed.has(key) || b === o) return a ?? 'either';
  if (a === 'null') return b ?? 'either';
  if (b === 'null') return a ?? 'either';
  return (theirs.changed.get(key) ?? -1) > (ours.changed.get(key) ?? -1) ? (b ?? 'either') : (a ?? 'either');
}

function checkMerge(r: ReturnType<typeof play>, fromCommonVersion: boolean) {
  const { base, ours, theirs, merged } = r;
  expect(UserDocumentSchema.safeParse(merged.document).success).toBe(true);
  const got = parts(merged.document);
  for (const [key, value] of got) {
    if (key.endsWith('.notes')) {
      // Notes changed on both sides are kept from both: every side's text is in the result.
      for (const side of [ours, theirs]) {
        const text = side.doc.progress[key.split('.')[0] ?? '']?.notes;
        const changedHere = side.changed.has(key) && parts(side.doc).get(key) !== parts(base).get(key);
        if (text && changedHere) expect(merged.document.progress[key.split('.')[0] ?? '']?.notes ?? '').toContain(text);
      }
      continue;
    }
    if (key.endsWith('.checklist')) {
      // Ticks step by step: each step as the side that changed it since the common start left it.
      const ticks = (doc: UserDocument) => new Set(doc.progress[key.split('.')[0] ?? '']?.checklist ?? []);
      const [o, a, b, m] = [ticks(base), ticks(ours.doc), ticks(theirs.doc), ticks(merged.document)];
      for (let step = 0; step <= 3; step++) {
        const want = a.has(step) === b.has(step) ? a.has(step) : a.has(step) !== o.has(step) ? a.has(step) : b.has(step);
        expect(`${key}[${step}]=${m.has(step)}`).toBe(`${key}[${step}]=${want}`);
      }
      continue;
    }
    const want = expected(key, base, ours, theirs);
    if (want !== 'either') expect(`${key}=${value}`).toBe(`${key}=${want}`);
  }
  if (ours.changed.size + theirs.changed.size > 0 && fromCommonVersion) expect(merged.fromCommonVersion).toBe(true);
}

describe('merging two devices’ random edits', () => {
  it('takes every field from the side that changed it since the common version, and keeps both notes', () => {
    fc.assert(fc.property(scenario, ({ shared, edits }) => checkMerge(play(shared, edits, true), true)), { numRuns: 400 });
  });

  it('without a common version, takes each field from the side that changed it last', () => {
    fc.assert(fc.property(scenario, ({ shared, edits }) => checkMerge(play(shared, edits, false), false)), { numRuns: 400 });
  });

  it('says which milestones and fields came from the copy', () => {
    const { merged } = play([{ kind: 'status', id: 'docker', to: 'in-progress' }], [
      [false, { kind: 'hours', id: 'docker', hours: 6 }],
      [true, { kind: 'tick', id: 'docker', index: 0, done: true }],
      [false, { kind: 'path', path: 'mlops' }],
    ], true);
    expect(merged.document.progress['docker']).toMatchObject({ status: 'in-progress', hoursSpent: 6, checklist: [0] });
    expect(merged.takenFields).toEqual({ docker: ['hours'] });
    expect(merged.settings).toEqual(['the chosen path']);
    expect(merged.fromCommonVersion).toBe(true);
  });
});
