// A long column is drawn in blocks of cards, so that a change re-renders and re-lays out one block, not the column.
import type { BoardCard } from '../../../../shared/board';

/** On average one card in this many starts a block when a column is first cut. */
const BLOCK_AVERAGE = 24;
/** No block grows past this: a block that would is cut, and the cards after the cut are drawn again in a new block. */
export const BLOCK_MAX = 96;

export interface CardBlockSpan {
  /** Which block this is, kept from cut to cut while the block keeps cards: React keeps its element by this key. */
  key: string;
  /** Where the block's first card stands in the column. */
  start: number;
  cards: BoardCard[];
}

/**
 * Whether a card starts a block when a column is first cut, from its id alone (FNV-1a), so blocks begin at cards, not
 * at positions.
 */
function startsBlock(id: string): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % BLOCK_AVERAGE === 0;
}

/**
 * The column's cards, in order, cut into blocks. With the previous cut, every card stays in the block it was in: a
 * card that leaves takes nothing with it, and a card that arrives joins the block before it (or starts one at the top).
 * React cannot move an element from one parent to another, so a card whose block changed would be drawn again from
 * scratch; this way a move draws the moved card and nothing else, except when a block reaches BLOCK_MAX and is cut.
 */
export function cardBlocks(cards: readonly BoardCard[], previous: readonly CardBlockSpan[] = []): CardBlockSpan[] {
  const blockOf = new Map<string, string>();
  for (const block of previous) for (const card of block.cards) blockOf.set(card.milestone.id, block.key);
  const used = new Set<string>();
  const blocks: CardBlockSpan[] = [];
  /** The block being filled, and the previous block its cards come from (undefined: new cards, or a first cut). */
  let current: { span: CardBlockSpan; from: string | undefined } | null = null;
  cards.forEach((card, index) => {
    const id = card.milestone.id;
    const from = blockOf.get(id);
    const full = current !== null && current.span.cards.length >= BLOCK_MAX;
    const elsewhere = from !== undefined && from !== current?.from;
    const firstCut = previous.length === 0 && startsBlock(id);
    if (!current || full || elsewhere || firstCut) {
      // The previous block's key when this block carries on from it (not for the second half of a cut block).
      let key = from !== undefined && !used.has(from) ? from : id;
      for (let n = 1; used.has(key); n++) key = `${id}~${n}`;
      used.add(key);
      current = { span: { key, start: index, cards: [] }, from };
      blocks.push(current.span);
    }
    current.span.cards.push(card);
  });
  return blocks;
}
