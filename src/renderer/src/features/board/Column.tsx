// One column (or one phase's cell of a column): a drop target and its list of cards; long lists are drawn in blocks,
// with the cards far from view as light placeholders.
import { useDroppable } from '@dnd-kit/core';
import { memo, useRef, useState } from 'react';
import type { BoardCard } from '../../../../shared/board';
import type { MilestoneStatus } from '../../../../shared/document';
import { cardBlocks, type CardBlockSpan } from './cardBlocks';
import { liteCard, MilestoneCard } from './MilestoneCard';
import { FULL_FROM_START, LITE_PITCH, useLiteCards, type LiteCards } from './useLiteCards';

export function Column({
  id,
  status,
  title,
  cards,
  compact = false,
}: {
  id: string;
  status: MilestoneStatus;
  title: string;
  cards: BoardCard[];
  compact?: boolean;
}) {
  const { setNodeRef, isOver } = useDroppable({ id, data: { status } });
  const list = useRef<HTMLDivElement>(null);
  const lite = useLiteCards(list, cards.length);
  const blocks = useCardBlocks(lite.long ? cards : null);
  const headingId = `heading-${id.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <section
      ref={setNodeRef}
      className={`column column-${status}${isOver ? ' drop-over' : ''}${compact ? ' compact' : ''}`}
      aria-labelledby={headingId}
      // Focusable from the column shortcuts (1 to 4) even when it has no cards.
      tabIndex={-1}
      data-column={status}
      data-container={id}
    >
      <header className={`column-header${compact ? ' visually-hidden' : ''}`}>
        <h2 id={headingId}>{title}</h2>
        <span className="count" aria-label={`${cards.length} milestones`}>
          {cards.length}
        </span>
      </header>
      {/* A list by role, not <ol>: a long column's blocks stand between the list and its cards. */}
      <div ref={list} role="list" className="column-cards" aria-label={`${title} milestones`}>
        {blocks
          ? blocks.map((block) => <CardBlock key={block.key} block={block} lite={lite} />)
          : cards.map((card, i) => <CardSlot key={card.milestone.id} card={card} index={i} lite={lite} full />)}
      </div>
      {cards.length === 0 && <p className="column-empty">{compact ? '—' : 'Nothing here yet.'}</p>}
    </section>
  );
}

/**
 * The blocks of a long column (null for a short one), each cut made from the last one so cards stay in their blocks.
 * The cut is kept in state and updated while rendering when the cards changed: React's way to derive a value from the
 * previous render's, which re-runs this component at once, before its children.
 */
function useCardBlocks(cards: BoardCard[] | null): CardBlockSpan[] | null {
  const [cut, setCut] = useState<{ cards: BoardCard[] | null; blocks: CardBlockSpan[] | null }>({ cards: null, blocks: null });
  if (cut.cards === cards) return cut.blocks;
  const blocks = cards ? cardBlocks(cards, cut.blocks ?? []) : null;
  setCut({ cards, blocks });
  return blocks;
}

/**
 * A card's place in its column: drawn in full when the column is short, when it was among the first cards of a long
 * column as it appeared there, or once it came near the view; a placeholder otherwise. A card that was drawn in full
 * stays so when others move around it, so a move elsewhere never redraws it.
 */
const CardSlot = memo(
  function CardSlot({ card, index, lite, full }: { card: BoardCard; index: number; lite: LiteCards; full: boolean }) {
    const [fullFromStart] = useState(index < FULL_FROM_START);
    return full || fullFromStart ? <MilestoneCard card={card} /> : liteCard(card, lite.upgrade);
  },
  // Where the card stands matters only when it first appears: a card shifted by a move elsewhere does not render.
  (prev, next) => prev.card === next.card && prev.full === next.full && prev.lite.upgrade === next.lite.upgrade,
);

/**
 * A block of a long column's cards. Off view the browser skips laying it out as a whole (content-visibility), and it
 * renders only when one of its own cards changed or was drawn in full: a move re-renders the block the card left and
 * the block it joined, and the browser lays out those two, not a thousand cards.
 */
const CardBlock = memo(
  function CardBlock({ block, lite }: { block: CardBlockSpan; lite: LiteCards }) {
    return (
      // Its estimated height until it is first drawn: as many placeholders as it has cards.
      <div role="none" className="card-block" style={{ containIntrinsicBlockSize: `auto ${block.cards.length * LITE_PITCH}px` }}>
        {block.cards.map((card, i) => (
          <CardSlot key={card.milestone.id} card={card} index={block.start + i} lite={lite} full={lite.upgraded.has(card.milestone.id)} />
        ))}
      </div>
    );
  },
  (prev, next) =>
    prev.lite.upgrade === next.lite.upgrade &&
    prev.block.cards.length === next.block.cards.length &&
    prev.block.cards.every((card, i) => {
      const id = card.milestone.id;
      return card === next.block.cards[i] && prev.lite.upgraded.has(id) === next.lite.upgraded.has(id);
    }),
);
