// A long column's blocks: they hold the column's cards in order, and a card moved in or out changes at most the
// block it is in and the one before it, so a move redraws (and the browser lays out) two blocks, not the column.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BoardCard } from '../../../src/shared/board';
import { BLOCK_MAX, cardBlocks, type CardBlockSpan } from '../../../src/renderer/src/features/board/cardBlocks';

const cardsOf = (ids: readonly string[]) => ids.map((id) => ({ milestone: { id } }) as BoardCard);
const shape = (b: CardBlockSpan) => `${b.key}:${b.cards.map((c) => c.milestone.id).join(',')}`;
/** A block cut at BLOCK_MAX rather than where a card starts one: its cut moves with the cards before it. */
const hasForcedCut = (blocks: CardBlockSpan[]) => blocks.some((b) => b.cards.length === BLOCK_MAX);
const changed = (before: CardBlockSpan[], after: CardBlockSpan[]) => {
  const kept = new Set(after.map(shape));
  return before.filter((b) => !kept.has(shape(b))).length;
};

const column = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 400, size: 'max' });

describe('cardBlocks', () => {
  it('holds every card once, in order, in blocks no longer than the cap, each keyed by its first card', () => {
    fc.assert(
      fc.property(column, (ids) => {
        const blocks = cardBlocks(cardsOf(ids));
        expect(blocks.flatMap((b) => b.cards.map((c) => c.milestone.id))).toEqual(ids);
        for (const b of blocks) {
          expect(b.cards.length).toBeGreaterThan(0);
          expect(b.cards.length).toBeLessThanOrEqual(BLOCK_MAX);
          expect(b.key).toBe(b.cards[0]!.milestone.id);
          expect(ids[b.start]).toBe(b.key);
        }
      }),
    );
  });

  it('changes at most two blocks when a card leaves the column or joins it', () => {
    fc.assert(
      fc.property(column, fc.nat(), fc.string({ minLength: 13, maxLength: 16 }), (ids, at, newcomer) => {
        const i = at % ids.length;
        const before = cardBlocks(cardsOf(ids));
        const left = cardBlocks(cardsOf(ids.toSpliced(i, 1)));
        const joined = cardBlocks(cardsOf(ids.toSpliced(i, 0, newcomer)));
        fc.pre(![before, left, joined].some(hasForcedCut));
        expect(changed(before, left)).toBeLessThanOrEqual(2);
        expect(changed(before, joined)).toBeLessThanOrEqual(2);
      }),
      { numRuns: 500 },
    );
  });

  it('cuts a long column into blocks of a couple of dozen cards on average', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `m${i}`);
    const blocks = cardBlocks(cardsOf(ids));
    expect(blocks.length).toBeGreaterThan(20);
    expect(blocks.length).toBeLessThan(80);
  });
});
