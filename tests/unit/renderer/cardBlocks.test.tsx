// A long column's blocks: they hold the column's cards in order, and from one cut to the next every card stays in its
// block, so a move draws the moved card again and no other (React redraws a card whose parent element changed).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BoardCard } from '../../../src/shared/board';
import { BLOCK_MAX, cardBlocks, type CardBlockSpan } from '../../../src/renderer/src/features/board/cardBlocks';

const cardsOf = (ids: readonly string[]) => ids.map((id) => ({ milestone: { id } }) as BoardCard);
const keyOf = (blocks: CardBlockSpan[]) => new Map(blocks.flatMap((b) => b.cards.map((c) => [c.milestone.id, b.key] as const)));

function expectWellFormed(blocks: CardBlockSpan[], ids: readonly string[]) {
  expect(blocks.flatMap((b) => b.cards.map((c) => c.milestone.id))).toEqual(ids);
  expect(new Set(blocks.map((b) => b.key)).size).toBe(blocks.length);
  for (const b of blocks) {
    expect(b.cards.length).toBeGreaterThan(0);
    expect(b.cards.length).toBeLessThanOrEqual(BLOCK_MAX);
    expect(ids[b.start]).toBe(b.cards[0]!.milestone.id);
  }
}

const column = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 300, size: 'max' });
const step = fc.record({ leave: fc.boolean(), at: fc.nat() });

describe('cardBlocks', () => {
  it('first cuts a column into blocks of a couple of dozen cards, each keyed by its first card', () => {
    fc.assert(
      fc.property(column, (ids) => {
        const blocks = cardBlocks(cardsOf(ids));
        expectWellFormed(blocks, ids);
        for (const b of blocks) expect(b.key).toBe(b.cards[0]!.milestone.id);
      }),
    );
    const blocks = cardBlocks(cardsOf(Array.from({ length: 1000 }, (_, i) => `m${i}`)));
    expect(blocks.length).toBeGreaterThan(20);
    expect(blocks.length).toBeLessThan(80);
  });

  it('keeps every other card in its block when cards leave and arrive, over random sequences', () => {
    fc.assert(
      fc.property(column, fc.array(step, { maxLength: 60 }), (start, steps) => {
        let ids = [...start];
        let blocks = cardBlocks(cardsOf(ids));
        let arrivals = 0;
        for (const { leave, at } of steps) {
          const before = keyOf(blocks);
          const full = blocks.some((b) => b.cards.length === BLOCK_MAX);
          if (leave && ids.length > 1) ids = ids.toSpliced(at % ids.length, 1);
          else ids = ids.toSpliced(at % (ids.length + 1), 0, `new card ${arrivals++}`);
          blocks = cardBlocks(cardsOf(ids), blocks);
          expectWellFormed(blocks, ids);
          const after = keyOf(blocks);
          // Only a block that reached the cap is cut, and only the cards after the cut change block.
          if (!full) for (const id of ids) if (before.has(id)) expect(after.get(id)).toBe(before.get(id));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('cuts a block that grows past the cap, and the cards before the cut stay where they were', () => {
    const ids = Array.from({ length: BLOCK_MAX }, (_, i) => `c${i}`);
    const one = [{ key: 'c0', start: 0, cards: cardsOf(ids) }];
    const grown = cardBlocks(cardsOf([...ids.slice(0, 10), 'newcomer', ...ids.slice(10)]), one);
    expect(grown.map((b) => b.cards.length)).toEqual([BLOCK_MAX, 1]);
    expect(grown[0]!.key).toBe('c0');
    expect(grown[1]!.cards[0]!.milestone.id).toBe(`c${BLOCK_MAX - 1}`);
  });
});
