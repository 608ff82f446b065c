// A long column is drawn in blocks of cards, so that a change re-renders and re-lays out one block, not the column.
import type { BoardCard } from '../../../../shared/board';

/** On average one card in this many starts a block when a column is first cut. */
const BLOCK_AVERAGE = 24;
/** No block grows past this: a block that would is cut, and the cards after the cut are drawn again in a new block. */
export const BLOCK_MAX = 96;

/** How many cards at the top of a long column are drawn in full from the first frame (more than any window shows). */
export const FULL_FROM_START = 20;

export interface CardBlockSpan {
  /** Which block this is, kept from cut to cut while the block keeps cards: React keeps its element by this key. */
  key: string;
  cards: readonly BoardCard[];
  /**
   * For each card, whether it was drawn in full when it arrived in the column (it was among the first FULL_FROM_START
   * cards), or as a placeholder. A card keeps this while it stays in the column, so a move elsewhere never redraws it.
   */
  full: readonly boolean[];
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
 * A block whose cards are all the same as in the previous cut is the previous cut's object, so it renders nothing.
 */
export function cardBlocks(cards: readonly BoardCard[], previous: readonly CardBlockSpan[] = []): CardBlockSpan[] {
  const was = new Map<string, { block: CardBlockSpan; full: boolean }>();
  for (const block of previous) block.cards.forEach((card, i) => was.set(card.milestone.id, { block, full: block.full[i]! }));
  const used = new Set<string>();
  const blocks: CardBlockSpan[] = [];
  /** The block being filled, and the previous block its cards come from (undefined: new cards, or a first cut). */
  let current: { span: { key: string; cards: BoardCard[]; full: boolean[] }; from: CardBlockSpan | undefined } | null = null;
  const close = () => {
    if (!current) return;
    const { span, from } = current;
    const same = from !== undefined && from.key === span.key && sameItems(from.cards, span.cards) && sameItems(from.full, span.full);
    blocks.push(same ? from : span);
  };
  cards.forEach((card, index) => {
    const id = card.milestone.id;
    const before = was.get(id);
    const from = before?.block;
    const filled = current !== null && current.span.cards.length >= BLOCK_MAX;
    const elsewhere = from !== undefined && from !== current?.from;
    const firstCut = previous.length === 0 && startsBlock(id);
    if (!current || filled || elsewhere || firstCut) {
      close();
      // The previous block's key when this block carries on from it (not for the second half of a cut block).
      let key = from !== undefined && !used.has(from.key) ? from.key : id;
      for (let n = 1; used.has(key); n++) key = `${id}~${n}`;
      used.add(key);
      current = { span: { key, cards: [], full: [] }, from };
    }
    current.span.cards.push(card);
    current.span.full.push(before ? before.full : index < FULL_FROM_START);
  });
  close();
  return blocks;
}

/** Whether two lists hold the very same items in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
