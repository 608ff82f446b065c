// A long column's blocks: they hold the column's cards in order, and from one cut to the next every card stays in its
// block, so a move draws the moved card again and no other (React redraws a card whose parent element changed).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BoardCard } from '../../../src/shared/board';
import { BLOCK_MAX, cardBlocks, FULL_FROM_START, type CardBlockSpan } from '../../../src/renderer/src/features/board/cardBlocks';

/** Each id's card is one object, as the board keeps a card's object while it shows the same. */
const made = new Map<string, BoardCard>();
const cardsOf = (ids: readonly string[]) =>
  ids.map((id) => made.get(id) ?? made.set(id, { milestone: { id } } as BoardCard).get(id)!);
const keyOf = (blocks: CardBlockSpan[]) => new Map(blocks.flatMap((b) => b.cards.map((c) => [c.milestone.id, b.key] as const)));
const fullOf = (blocks: CardBlockSpan[]) => new Map(blocks.flatMap((b) => b.cards.map((c, i) => [c.milestone.id, b.full[i]!] as const)));

function expectWellFormed(blocks: CardBlockSpan[], ids: readonly string[]) {
  expect(blocks.flatMap((b) => b.cards.map((c) => c.milestone.id))).toEqual(ids);
  expect(new Set(blocks.map((b) => b.key)).size).toBe(blocks.length);
  for (const b of blocks) {
    expect(b.full).toHaveLength(b.cards.length);
    expect(b.cards.length).toBeGreaterThan(0);
    expect(b.cards.length).toBeLessThanOrEqual(BLOCK_MAX);
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
        ids.forEach((id, i) => expect(fullOf(blocks).get(id)).toBe(i < FULL_FROM_START));
        let arrivals = 0;
        for (const { leave, at } of steps) {
          const before = keyOf(blocks);
          const fullBefore = fullOf(blocks);
          const previous = blocks;
          const full = blocks.some((b) => b.cards.length === BLOCK_MAX);
          if (leave && ids.length > 1) ids = ids.toSpliced(at % ids.length, 1);
          else ids = ids.toSpliced(at % (ids.length + 1), 0, `new card ${arrivals++}`);
          blocks = cardBlocks(cardsOf(ids), blocks);
          expectWellFormed(blocks, ids);
          const after = keyOf(blocks);
          // Only a block that reached the cap is cut, and only the cards after the cut change block.
          if (!full) for (const id of ids) if (before.has(id)) expect(after.get(id)).toBe(before.get(id));
          // A card that stays keeps how it was first drawn; one that arrives is drawn in full only near the top.
          const fullAfter = fullOf(blocks);
          ids.forEach((id, i) => expect(fullAfter.get(id)).toBe(fullBefore.has(id) ? fullBefore.get(id) : i < FULL_FROM_START));
          // Only the block a card left or joined is a new object (and, at the cap, the blocks of the cut): the rest
          // render nothing.
          const fresh = blocks.filter((b) => !previous.includes(b));
          if (!full) expect(fresh.length).toBeLessThanOrEqual(1);
          for (const b of fresh) {
            const old = previous.find((p) => p.key === b.key);
            if (old) expect(b.cards.length === old.cards.length && b.cards.every((c, i) => c === old.cards[i])).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('cuts a block that grows past the cap, and the cards before the cut stay where they were', () => {
    const ids = Array.from({ length: BLOCK_MAX }, (_, i) => `c${i}`);
    const one = [{ key: 'c0', cards: cardsOf(ids), full: ids.map(() => false) }];
    const grown = cardBlocks(cardsOf([...ids.slice(0, 10), 'newcomer', ...ids.slice(10)]), one);
    expect(grown.map((b) => b.cards.length)).toEqual([BLOCK_MAX, 1]);
    expect(grown[0]!.key).toBe('c0');
    expect(grown[1]!.cards[0]!.milestone.id).toBe(`c${BLOCK_MAX - 1}`);
  });
});
