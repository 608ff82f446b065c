// One column (or one phase's cell of a column): a drop target and its list of cards; long lists are drawn in blocks,
// with the cards far from view as light placeholders.
import { useDroppable } from '@dnd-kit/core';
import { memo, useRef, useState } from 'react';
import type { BoardCard } from '../../../../shared/board';
import type { MilestoneStatus } from '../../../../shared/document';
import { cardBlocks, sameItems, type CardBlockSpan } from './cardBlocks';
import { liteCard, MilestoneCard, wakePlaceholder } from './MilestoneCard';
import { LITE_PITCH, useLiteCards } from './useLiteCards';

/** A column renders again only when one of its own cards changed, not when a card moved between two other columns. */
export const Column = memo(
  ColumnCards,
  (prev, next) =>
    prev.id === next.id &&
    prev.status === next.status &&
    prev.title === next.title &&
    prev.compact === next.compact &&
    sameItems(prev.cards, next.cards),
);

function ColumnCards({
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
      <div
        ref={list}
        role="list"
        className="column-cards"
        aria-label={`${title} milestones`}
        onFocus={lite.long ? (e) => wakePlaceholder(e.target, true, lite.upgrade) : undefined}
        onPointerOver={lite.long ? (e) => wakePlaceholder(e.target, false, lite.upgrade) : undefined}
      >
        {blocks
          ? blocks.map((block) => <CardBlock key={block.key} block={block} upgraded={lite.upgraded} />)
          : cards.map((card) => <MilestoneCard key={card.milestone.id} card={card} />)}
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
 * A block of a long column's cards. Off view the browser skips laying it out as a whole (content-visibility), and it
 * renders only when one of its own cards changed or was drawn in full: a move re-renders the block the card left and
 * the block it joined, and the browser lays out those two, not a thousand cards.
 */
const CardBlock = memo(
  function CardBlock({ block, upgraded }: { block: CardBlockSpan; upgraded: ReadonlySet<string> }) {
    return (
      // Its estimated height until it is first drawn: as many placeholders as it has cards.
      <div role="none" className="card-block" style={{ containIntrinsicBlockSize: `auto ${block.cards.length * LITE_PITCH}px` }}>
        {block.cards.map((card, i) =>
          // In full once it came near the view, was focused or pointed at, or when it was first drawn in full.
          block.full[i] || upgraded.has(card.milestone.id) ? <MilestoneCard key={card.milestone.id} card={card} /> : liteCard(card),
        )}
      </div>
    );
  },
  // The cut keeps a block's object while its cards stay the same; placeholders drawn in full change the upgraded set.
  (prev, next) =>
    prev.block === next.block &&
    (prev.upgraded === next.upgraded || prev.block.cards.every((c) => prev.upgraded.has(c.milestone.id) === next.upgraded.has(c.milestone.id))),
);
