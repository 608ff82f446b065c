// One column (or one phase's cell of a column): a drop target and its list of cards, long lists drawn light off view.
import { useDroppable } from '@dnd-kit/core';
import { useRef } from 'react';
import type { BoardCard } from '../../../../shared/board';
import type { MilestoneStatus } from '../../../../shared/document';
import { LiteCard, MilestoneCard } from './MilestoneCard';
import { useLiteCards } from './useLiteCards';

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
        {cards.map((card, i) =>
          lite.isLite(card.milestone.id, i) ? (
            <LiteCard key={card.milestone.id} card={card} onWake={lite.upgrade} />
          ) : (
            <MilestoneCard key={card.milestone.id} card={card} />
          ),
        )}
      </ol>
      {cards.length === 0 && <p className="column-empty">{compact ? '—' : 'Nothing here yet.'}</p>}
    </section>
  );
}
