import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentData, documentFromData } from '../../../src/shared/documentChange';
import { emptyDocument, type MilestoneProgress, type UserDocument } from '../../../src/shared/document';
import { applyStatus } from '../../../src/shared/progress';
import { BUCKETS, ProgressMap } from '../../../src/shared/progressMap';

// Ids of every shape the schema allows, integer-like ones too; few enough that sequences hit the same ids again.
const id = fc.oneof(fc.integer({ min: 0, max: 300 }).map((i) => `m${i}`), fc.integer({ min: 0, max: 50 }).map(String), fc.constantFrom('docker', 'ci-cd-for-ml'));
const entry = fc.record({ status: fc.constantFrom('todo', 'in-progress', 'done', 'skipped'), notes: fc.string({ maxLength: 5 }) }) as fc.Arbitrary<MilestoneProgress>;
const change = fc.oneof(
  fc.tuple(id, entry).map(([k, v]) => ({ kind: 'set' as const, changes: [[k, v]] as Array<[string, MilestoneProgress | null]> })),
  id.map((k) => ({ kind: 'delete' as const, changes: [[k, null]] as Array<[string, MilestoneProgress | null]> })),
  fc.array(fc.tuple(id, fc.option(entry, { nil: null })), { maxLength: 12 }).map((changes) => ({ kind: 'with' as const, changes })),
);

/** How many buckets two maps do not share. */
const unshared = (a: ProgressMap, b: ProgressMap) => a.buckets.filter((bucket, i) => bucket !== b.buckets[i]).length;

describe('ProgressMap', () => {
  it('holds exactly what a plain Map given the same changes holds, and shares every bucket a change did not touch', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 80 }), (changes) => {
        let map = ProgressMap.EMPTY;
        const model = new Map<string, MilestoneProgress>();
        for (const c of changes) {
          const before = map;
          const beforeModel = new Map(model);
          map = c.kind === 'set' ? map.set(c.changes[0]![0], c.changes[0]![1]!) : c.kind === 'delete' ? map.delete(c.changes[0]![0]) : map.with(c.changes);
          for (const [k, v] of c.changes) {
            if (v) model.set(k, v);
            else model.delete(k);
          }
          expect(map.size).toBe(model.size);
          for (const [k, v] of model) expect(map.get(k)).toBe(v);
          expect(new Set(map.keys())).toEqual(new Set(model.keys()));
          expect([...map].every(([k, v]) => model.get(k) === v)).toBe(true);
          // Only the buckets of the ids it names change: one bucket for one id, none when nothing changed.
          const touched = new Set(c.changes.map(([k]) => k));
          expect(unshared(before, map)).toBeLessThanOrEqual(touched.size);
          const changed = [...new Set([...beforeModel.keys(), ...model.keys()])].filter((k) => beforeModel.get(k) !== model.get(k));
          if (changed.length === 0) expect(map).toBe(before);
          expect(new Set(before.changedIds(map))).toEqual(new Set(changed));
          // No empty bucket is kept, so equal entries make equal maps.
          expect(map.buckets.every((b) => b === undefined || b.size > 0)).toBe(true);
        }
        expect(ProgressMap.from(map.toJSON()).toJSON()).toEqual(Object.fromEntries(model));
        expect(JSON.parse(JSON.stringify(map))).toEqual(Object.fromEntries(model));
      }),
    );
  });

  it('gives back the same map for a batch whose changes cancel out (found by the property above)', () => {
    const map = ProgressMap.from({ kubernetes: { status: 'done' } });
    expect(map.with([['docker', { status: 'todo', notes: '' }], ['docker', null]])).toBe(map);
    const entry = map.get('kubernetes')!;
    expect(map.with([['kubernetes', null], ['kubernetes', entry]])).toBe(map);
  });

  it('spreads milestone ids over its buckets: 10,000 ids put at most twice their share in any bucket', () => {
    const counts = new Array<number>(BUCKETS).fill(0);
    const map = ProgressMap.from(Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`m${i}`, { status: 'done' as const }])));
    map.buckets.forEach((b, i) => (counts[i] = b?.size ?? 0));
    expect(Math.max(...counts)).toBeLessThanOrEqual((2 * 10_000) / BUCKETS);
    expect(map.size).toBe(10_000);
  });

  it('crosses IPC as plain data: a structured clone of the document\'s data gives back the same document', () => {
    const now = new Date('2026-06-01T09:00:00Z');
    let doc: UserDocument = emptyDocument();
    for (const m of ['docker', 'kubernetes', '42']) doc = applyStatus(doc, m, 'done', now);
    const sent = structuredClone(documentData(doc));
    expect(sent.progress).toEqual({ docker: doc.progress.get('docker'), kubernetes: doc.progress.get('kubernetes'), 42: doc.progress.get('42') });
    const received = documentFromData(sent);
    expect(received.progress).toBeInstanceOf(ProgressMap);
    expect(received).toEqual(doc);
  });
});
