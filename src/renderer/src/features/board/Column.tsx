// One column (or one phase's cell of a column): a drop target and its list of cards, long lists drawn light off view.
import { useDroppable } from '@dnd-kit/core';
import { memo, useRef, useState } from 'react';
import type { BoardCard } from '../../../../shared/board';
import type { MilestoneStatus } from '../../../../shared/document';
import { LiteCard, MilestoneCard } from './MilestoneCard';
import { FULL_FROM_START, useLiteCards, type LiteCards } from './useLiteCards';

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
  const list = useRef<HTMLOListElement>(null);
  const lite = useLiteCards(list, cards.length);
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
      <ol ref={list} className="column-cards" aria-label={`${title} milestones`}>
        {cards.map((card, i) => (
          <CardSlot key={card.milestone.id} card={card} index={i} lite={lite} />
        ))}
      </ol>
      {cards.length === 0 && <p className="column-empty">{compact ? '—' : 'Nothing here yet.'}</p>}
    </section>
  );
}

/**
 * A card's place in its column: drawn in full when the column is short, when it was among the first cards of a long
 * column as it appeared there, or once it came near the view; a placeholder otherwise. A card that was drawn in full
 * stays so when others move around it, so a move elsewhere never redraws it.
 */
const CardSlot = memo(
  function CardSlot({ card, index, lite }: { card: BoardCard; index: number; lite: LiteCards }) {
    const [fullFromStart] = useState(index < FULL_FROM_START);
    const full = !lite.long || fullFromStart || lite.upgraded.has(card.milestone.id);
    return full ? <MilestoneCard card={card} /> : <LiteCard card={card} onWake={lite.upgrade} />;
  },
  // Where the card stands matters only when it first appears: a card shifted by a move elsewhere does not render.
  (prev, next) => prev.card === next.card && prev.lite === next.lite,
);
