// One column (or one phase's cell of a column): a drop target and its list of cards; long lists are drawn in blocks,
// with the cards far from view as light placeholders.
import { useDroppable } from '@dnd-kit/core';
import { memo, useEffect, useRef, useState } from 'react';
import type { BoardCard } from '../../../../shared/board';
import type { MilestoneStatus } from '../../../../shared/document';
import { cardBlocks, type CardBlockSpan } from './cardBlocks';
import { liteCard, MilestoneCard, wakePlaceholder } from './MilestoneCard';
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
  // The first cards of a long column are drawn in full from its first frame (more than any window shows); once drawn,
  // they are kept full like any card that came into view, so cards moving in above them never turn them back.
  const { long, upgrade } = lite;
  useEffect(() => {
    if (long) upgrade(...cards.slice(0, FULL_FROM_START).map((c) => c.milestone.id));
  }, [long, upgrade, cards]);
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
          ? blocks.map((block) => <CardBlock key={block.key} block={block} lite={lite} />)
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
  function CardBlock({ block, lite }: { block: CardBlockSpan; lite: LiteCards }) {
    return (
      // Its estimated height until it is first drawn: as many placeholders as it has cards.
      <div role="none" className="card-block" style={{ containIntrinsicBlockSize: `auto ${block.cards.length * LITE_PITCH}px` }}>
        {block.cards.map((card, i) =>
          // In full once it came near the view, was focused or pointed at, or is among the column's first cards.
          lite.upgraded.has(card.milestone.id) || block.start + i < FULL_FROM_START ? (
            <MilestoneCard key={card.milestone.id} card={card} />
          ) : (
            liteCard(card)
          ),
        )}
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
