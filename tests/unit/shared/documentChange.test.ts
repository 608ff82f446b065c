import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChange, changeBetween, StaleChangeError } from '../../../src/shared/documentChange';
import { emptyDocument, type HistoryEntry, type UserDocument } from '../../../src/shared/document';
import { applyStatus } from '../../../src/shared/progress';
import { commit, undo } from '../../../src/shared/mutations';

const entry = (i: number): HistoryEntry => ({ at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), milestoneId: `m${i}`, from: 'todo', to: 'done' });

describe('the change an answer carries', () => {
  it('holds only the entries that changed, and applying it gives the new document', () => {
    const now = new Date('2026-06-01T09:00:00Z');
    let doc: UserDocument = { ...emptyDocument(), activePathId: 'p' };
    for (let i = 0; i < 1000; i++) doc = applyStatus(doc, `m${i}`, 'done', now);
    const next = commit(doc, applyStatus(doc, 'm5000', 'in-progress', now), 'Start m5000', now, ['m5000']);
    const change = changeBetween(doc, next, 3, 4);
    expect(Object.keys(change.progress ?? {})).toEqual(['m5000']);
    expect(change.history).toEqual({ drop: 0, keep: 1000, append: [next.history.at(-1)] });
    expect(change.undoPast?.append).toHaveLength(1);
    expect(JSON.stringify(change).length).toBeLessThan(1000);
    expect(applyChange(doc, 3, change)).toEqual(next);
    const back = undo(next, now);
    expect(applyChange(next, 4, changeBetween(next, back, 4, 5))).toEqual(back);
  });

  it('refuses a change made for another revision, so the renderer asks for the whole document again', () => {
    const doc = emptyDocument();
    const change = changeBetween(doc, { ...doc, activePathId: 'p' }, 3, 4);
    expect(() => applyChange(doc, 2, change)).toThrow(StaleChangeError);
    expect(applyChange(doc, 2, { revision: 9, base: null, whole: { ...doc, activePathId: 'q' } }).activePathId).toBe('q');
  });

  it('follows any edit of a list at its ends: appends, drops from the front, cuts from the back, replacements', () => {
    const ops = fc.oneof(
      fc.record({ kind: fc.constant('append' as const), n: fc.integer({ min: 1, max: 5 }) }),
      fc.record({ kind: fc.constant('dropFront' as const), n: fc.integer({ min: 1, max: 5 }) }),
      fc.record({ kind: fc.constant('cutBack' as const), n: fc.integer({ min: 1, max: 5 }) }),
      fc.record({ kind: fc.constant('replaceLast' as const), n: fc.constant(1) }),
      fc.record({ kind: fc.constant('replaceAll' as const), n: fc.integer({ min: 0, max: 5 }) }),
    );
    let counter = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.array(ops, { maxLength: 12 }), (start, edits) => {
        let doc: UserDocument = { ...emptyDocument(), history: Array.from({ length: start }, () => entry(counter++)) };
        for (const edit of edits) {
          const h = doc.history;
          const history =
            edit.kind === 'append' ? [...h, ...Array.from({ length: edit.n }, () => entry(counter++))]
            : edit.kind === 'dropFront' ? h.slice(edit.n)
            : edit.kind === 'cutBack' ? h.slice(0, Math.max(0, h.length - edit.n))
            : edit.kind === 'replaceLast' ? (h.length ? [...h.slice(0, -1), { ...h.at(-1)!, to: 'skipped' as const }] : h)
            : Array.from({ length: edit.n }, () => entry(counter++));
          const next = { ...doc, history };
          expect(applyChange(doc, 1, changeBetween(doc, next, 1, 2))).toEqual(next);
          doc = next;
        }
      }),
      { numRuns: 300 },
    );
  });
});
