// One milestone on the board: draggable, focusable, with order, phase, checklist count, prerequisites and a done box.
import { useDraggable } from '@dnd-kit/core';
import { memo, useLayoutEffect, useRef } from 'react';
import { sameCard, type BoardCard } from '../../../../shared/board';
import { useApp, useStoreApi } from '../../store/useApp';
import { CardMenu } from './CardMenu';
import { useMoveCard } from './useMoveCard';
import { formatDay, formatTimestamp, todayDay } from './dates';

/** Placeholders that were focused: the full card takes the focus over when it replaces them. */
const focusOnMount = new Set<string>();

function Card({ card }: { card: BoardCard }) {
  const moveCard = useMoveCard();
  const store = useStoreApi();
  const selected = useApp((s) => s.selectedId === card.milestone.id);
  const node = useRef<HTMLLIElement | null>(null);
  useLayoutEffect(() => {
    if (focusOnMount.delete(card.milestone.id)) node.current?.focus();
  }, [card.milestone.id]);
  const { milestone, phase, order, status, completedAt, checklist, needs, targetDate } = card;
  // Only a draggable: the columns are the drop targets and the drop position comes from where the card is let go.
  // dnd-kit's sortable (or a droppable per card) re-renders every card whenever one card changes column, which on a
  // 1,000-card board turned one status change into 1,000 re-renders.
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: milestone.id,
    attributes: { role: 'listitem', roleDescription: 'draggable milestone' },
  });
  const done = status === 'done';

  return (
    <li
      ref={(el) => {
        node.current = el;
        setNodeRef(el);
      }}
      {...attributes}
      {...listeners}
      className={`card card-${status}${isDragging ? ' dragging' : ''}${selected ? ' selected' : ''}`}
      aria-label={milestone.title}
      data-milestone-id={milestone.id}
    >
      <div className="card-top">
        <span className="card-order" aria-label={`Step ${order}`}>
          #{order}
        </span>
        <span className="card-phase">{phase.title}</span>
        {milestone.custom && <span className="badge custom">Custom</span>}
        {milestone.optional && <span className="badge">Optional</span>}
        <CardMenu milestoneId={milestone.id} title={milestone.title} status={status} />
      </div>
      <div className="card-check">
        <input
          type="checkbox"
          checked={done}
          aria-label={`Mark ${milestone.title} done`}
          onPointerDown={(e) => e.stopPropagation()}
          onKeyDown={(e) => e.stopPropagation()}
          onChange={(e) => void moveCard(milestone.id, e.target.checked ? 'done' : 'todo', null)}
        />
        <button
          type="button"
          className="card-title"
          onPointerDown={(e) => e.stopPropagation()}
          onKeyDown={(e) => e.key === ' ' && e.stopPropagation()}
          onClick={() => store.getState().select(milestone.id)}
          aria-label={`Open details of ${milestone.title}`}
        >
          {milestone.title}
        </button>
      </div>
      <p className="card-summary">{milestone.summary}</p>
      {needs.length > 0 && status !== 'done' && status !== 'skipped' && (
        <p className="card-needs">Needs {needs.join(', ')}</p>
      )}
      <div className="card-meta">
        <span>{milestone.estimateHours} h</span>
        <span className="card-kind">{milestone.kind}</span>
        {checklist.total > 0 && (
          <span className={`card-checklist${checklist.done === checklist.total ? ' complete' : ''}`} aria-label={`${checklist.done} of ${checklist.total} steps done`}>
            ☑ {checklist.done}/{checklist.total}
          </span>
        )}
        {targetDate && status !== 'done' && status !== 'skipped' && (
          <span className={targetDate < todayDay() ? 'card-overdue' : 'card-target'}>
            {targetDate < todayDay() ? 'Overdue since' : 'Target'} {formatDay(targetDate)}
          </span>
        )}
        {done && completedAt && <span className="card-date">Done {formatTimestamp(completedAt)}</span>}
      </div>
    </li>
  );
}

/** Re-renders only when what the card shows changed, so a status change on a 1,000-card board touches few cards. */
export const MilestoneCard = memo(Card, (prev, next) => sameCard(prev.card, next.card));

/**
 * A card far from view in a long column: its title only, until it comes near the view, is focused or is pointed at
 * (then the full card takes its place, and the focus with it). A plain element, not a component of its own: a long
 * column has hundreds of them, and the block that holds them is already memoised.
 */
export function liteCard(card: BoardCard) {
  return (
    <li
      key={card.milestone.id}
      className={`card card-${card.status} card-lite`}
      aria-label={card.milestone.title}
      data-milestone-id={card.milestone.id}
      tabIndex={0}
    >
      {card.milestone.title}
    </li>
  );
}

/**
 * A long list's one focus and pointer handler for all its placeholders (two handlers on each of 1,000 placeholders were
 * a good part of a long board's first render): draws the placeholder the event is on in full, and one that was
 * focused hands its focus to the full card that replaces it.
 */
export function wakePlaceholder(target: EventTarget, focused: boolean, wake: (id: string) => void): void {
  const li = target instanceof Element ? target.closest<HTMLElement>('li.card-lite') : null;
  const id = li?.dataset['milestoneId'];
  if (!id) return;
  if (focused) focusOnMount.add(id);
  wake(id);
}
