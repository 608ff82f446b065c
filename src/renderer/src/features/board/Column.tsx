// One column (or one phase's cell of a column): a drop target and its list of cards; long lists are drawn in blocks,
// with the cards far from view as light placeholders.
import { useDroppable } from '@dnd-kit/core';
import { memo, useRef, useState } from 'react';
import type { BoardCard } from '../../../../shared/board';
import type { MilestoneStatus } from '../../../../shared/document';
import { cardBlocks, type CardBlockSpan } from './cardBlocks';
import { liteCard, MilestoneCard, wakePlaceholder } from './MilestoneCard';
import { FULL_FROM_START, LITE_PITCH, useLiteCards } from './useLiteCards';

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
  const firstDrawn = useFirstDrawn(blocks ? cards : null);
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
          ? blocks.map((block) => <CardBlock key={block.key} block={block} upgraded={lite.upgraded} firstDrawn={firstDrawn!} />)
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
 * How each card of a long column was first drawn there: in full when it appeared among the first cards (more than any
 * window shows), as a placeholder otherwise. It stays so while cards move around it, so a move elsewhere never redraws
 * it; a card that leaves the column is forgotten and decided afresh when it comes back. Derived from the previous
 * render's decisions while rendering, like the blocks.
 */
function useFirstDrawn(cards: BoardCard[] | null): ReadonlyMap<string, boolean> | null {
  const [drawn, setDrawn] = useState<{ cards: BoardCard[] | null; full: ReadonlyMap<string, boolean> | null }>({ cards: null, full: null });
  if (drawn.cards === cards) return drawn.full;
  const full = cards ? new Map(cards.map((c, i) => [c.milestone.id, drawn.full?.get(c.milestone.id) ?? i < FULL_FROM_START])) : null;
  setDrawn({ cards, full });
  return full;
}

/**
 * A block of a long column's cards. Off view the browser skips laying it out as a whole (content-visibility), and it
 * renders only when one of its own cards changed or was drawn in full: a move re-renders the block the card left and
 * the block it joined, and the browser lays out those two, not a thousand cards.
 */
const CardBlock = memo(
  function CardBlock({ block, upgraded, firstDrawn }: { block: CardBlockSpan; upgraded: ReadonlySet<string>; firstDrawn: ReadonlyMap<string, boolean> }) {
    return (
      // Its estimated height until it is first drawn: as many placeholders as it has cards.
      <div role="none" className="card-block" style={{ containIntrinsicBlockSize: `auto ${block.cards.length * LITE_PITCH}px` }}>
        {block.cards.map((card) =>
          // In full once it came near the view, was focused or pointed at, or when it was first drawn in full.
          upgraded.has(card.milestone.id) || firstDrawn.get(card.milestone.id) ? (
            <MilestoneCard key={card.milestone.id} card={card} />
          ) : (
            liteCard(card)
          ),
        )}
      </div>
    );
  },
  (prev, next) =>
    prev.block.cards.length === next.block.cards.length &&
    prev.block.cards.every((card, i) => {
      const id = card.milestone.id;
      return card === next.block.cards[i] && prev.upgraded.has(id) === next.upgraded.has(id) && prev.firstDrawn.get(id) === next.firstDrawn.get(id);
    }),
);
