// An answer's document keeps the objects of the one on screen wherever nothing changed, so cards that did not change
// are not drawn again.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepSame } from '../../../src/shared/keepSame';

/** The outermost places (paths of keys) where `a` and `b` hold containers that are `alike`. */
function places(a: unknown, b: unknown, alike: (a: object, b: object) => boolean, path = ''): string[] {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return [];
  if (alike(a, b)) return [path];
  return Object.keys(b).flatMap((k) => places((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], alike, `${path}/${k}`));
}
const identical = (a: object, b: object) => a === b;

const json = fc.jsonValue({ maxDepth: 4 });

describe('keepSame', () => {
  it('gives back what the answer holds, reusing exactly the parts equal to what was shown', () => {
    fc.assert(
      fc.property(json, json, (shown, answer) => {
        const kept = keepSame(shown, structuredClone(answer));
        expect(kept).toStrictEqual(answer);
        // A container of the result is the shown object exactly where it equals the one shown at the same place.
        expect(places(shown, kept, identical)).toEqual(places(shown, kept, isDeepStrictEqual));
      }),
    );
  });

  it('keeps the shown document itself when the answer is the same data, and the untouched entries when one changed', () => {
    const shown = { progress: { a: { status: 'done', checklist: [0, 1] }, b: { status: 'todo' } }, history: [{ at: '1' }] };
    expect(keepSame(shown, structuredClone(shown))).toBe(shown);
    const answer = structuredClone(shown);
    answer.progress.b.status = 'in-progress';
    const kept = keepSame(shown, answer);
    expect(kept.progress.a).toBe(shown.progress.a);
    expect(kept.history).toBe(shown.history);
    expect(kept.progress.b).toEqual({ status: 'in-progress' });
  });
});
