// A long column is drawn in blocks of cards, so that a change re-renders and re-lays out one block, not the column.
import type { BoardCard } from '../../../../shared/board';

/** On average one card in this many starts a block. */
const BLOCK_AVERAGE = 24;
/** A run of cards none of which starts a block is cut here, so no block grows past a few screens. */
export const BLOCK_MAX = 96;

export interface CardBlockSpan {
  /** The id of the block's first card: stable while that card stays first. */
  key: string;
  /** Where the block's first card stands in the column. */
  start: number;
  cards: BoardCard[];
}

/**
 * Whether a card starts a block, from its id alone (FNV-1a). Blocks therefore begin at the same cards whatever moves
 * around them: a card taken out of a column or put into it changes the one block it is in, and the others keep their
 * cards (and are not drawn again). Positions would not do that: one card out would shift every block after it.
 */
function startsBlock(id: string): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % BLOCK_AVERAGE === 0;
}

/** The column's cards, in order, cut into blocks. */
export function cardBlocks(cards: readonly BoardCard[]): CardBlockSpan[] {
  const blocks: CardBlockSpan[] = [];
  let current: CardBlockSpan | null = null;
  cards.forEach((card, index) => {
    const id = card.milestone.id;
    if (!current || current.cards.length >= BLOCK_MAX || startsBlock(id)) {
      current = { key: id, start: index, cards: [] };
      blocks.push(current);
    }
    current.cards.push(card);
  });
  return blocks;
}
