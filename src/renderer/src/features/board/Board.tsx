// src/renderer/src/features/board/: the kanban board: columns, cards, drag and drop, toolbar, shortcuts, dialogs.
// The kanban board of the active path: drag and drop (mouse, touch, keyboard), filters, swimlanes, details and dialogs.
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  pointerWithin,
  rectIntersection,
  type CollisionDetection,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { boardColumns, COLUMN_TITLES, COLUMNS, hasFilters, matchesFilters, type BoardCard, type ShownCards } from '../../../../shared/board';
import type { MilestoneStatus } from '../../../../shared/document';
import type { PathView } from '../../../../shared/pathView';
import { selectPathView } from '../../store';
import { useApp, useStoreApi } from '../../store/useApp';
import { BoardDialogs } from './BoardDialogs';
import { BoardToolbar } from './BoardToolbar';
import { Column } from './Column';
import { DetailPanel } from './detail/DetailPanel';
import { containerId, parseContainer } from './containers';
import { useBoardShortcuts } from './useBoardShortcuts';
import { useMediaQuery } from '../../components/useMediaQuery';
import { useMoveCard } from './useMoveCard';
import { columnKeyboardCoordinates } from './keyboardCoordinates';

const MAIN_COLUMNS: MilestoneStatus[] = ['todo', 'in-progress', 'done'];

/** Below this width the detail panel is a drawer over a dimmed board, so it never squeezes or covers the columns. */
export const DRAWER_QUERY = '(max-width: 1199px)';

// Sensor options live outside the component: new option objects on every render would give dnd-kit new activators,
// and with them a new context that re-renders every card on the board.
const POINTER_OPTIONS = { activationConstraint: { distance: 6 } };
const TOUCH_OPTIONS = { activationConstraint: { delay: 200, tolerance: 6 } };
const KEYBOARD_OPTIONS = {
  coordinateGetter: columnKeyboardCoordinates,
  keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
};

/** The cards last shown per path view: cards that show the same as before keep their object, so only changed ones render. */
const shownCards = new WeakMap<PathView, ShownCards>();
function cardsOf(view: PathView): ShownCards {
  let cards = shownCards.get(view);
  if (!cards) shownCards.set(view, (cards = new Map()));
  return cards;
}

/** The column under the pointer; for keyboard drags (no pointer), the column the dragged card overlaps most. */
const columnCollision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};

/** The card elements inside one drop area, top to bottom. */
const cardsIn = (containerId: string) =>
  Array.from(document.querySelectorAll<HTMLElement>(`[data-container="${CSS.escape(containerId)}"] li[data-milestone-id]`));

/**
 * The kanban board. It reads no milestone's progress itself: a status change re-renders the columns (BoardColumns), not
 * the drag and drop context around them. dnd-kit gives its cards a new context value each time that context renders,
 * and React then searches every card under it for readers of that value.
 */
export function Board() {
  const view = useApp(selectPathView);
  const hasDocument = useApp((s) => s.document !== null);
  const groupByPhase = useApp((s) => s.groupByPhase);
  const showSkipped = useApp((s) => s.showSkipped);
  const selectedId = useApp((s) => s.selectedId);
  const select = useApp((s) => s.select);
  const store = useStoreApi();
  const drawer = useMediaQuery(DRAWER_QUERY) && selectedId !== null;
  const moveCard = useMoveCard();
  const [dragging, setDragging] = useState<BoardCard | null>(null);
  const draggingRef = useRef(false);

  useBoardShortcuts(draggingRef);

  const sensors = useSensors(
    useSensor(PointerSensor, POINTER_OPTIONS),
    useSensor(TouchSensor, TOUCH_OPTIONS),
    useSensor(KeyboardSensor, KEYBOARD_OPTIONS),
  );

  const titleOf = useCallback((id: string | number) => view?.byId.get(String(id))?.title ?? String(id), [view]);
  const columnOf = (over: { id: string | number } | null) => (over ? parseContainer(String(over.id)) : null);
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${titleOf(active.id)}. Use the arrow keys to move it, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) => {
      const target = columnOf(over);
      return target ? `${titleOf(active.id)} is over ${COLUMN_TITLES[target.status]}.` : `${titleOf(active.id)} is not over a column.`;
    },
    onDragEnd: ({ active, over }) => {
      const target = columnOf(over);
      return target ? `${titleOf(active.id)} was dropped in ${COLUMN_TITLES[target.status]}.` : `${titleOf(active.id)} was dropped back.`;
    },
    onDragCancel: ({ active }) => `Moving ${titleOf(active.id)} was cancelled.`,
  };

  if (!view || !hasDocument) return null;

  /** The columns as the document has them when a drag starts or ends (the cards keep their objects: no card renders). */
  const columnsNow = () => {
    const doc = store.getState().document;
    return doc ? boardColumns(view, doc, cardsOf(view)) : null;
  };
  const onDragStart = ({ active }: DragStartEvent) => {
    draggingRef.current = true;
    const columns = columnsNow();
    setDragging(columns ? (COLUMNS.flatMap((s) => columns[s]).find((c) => c.milestone.id === active.id) ?? null) : null);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const dropped = active.rect.current.translated;
    draggingRef.current = false;
    setDragging(null);
    const target = columnOf(over);
    const columns = columnsNow();
    if (!target || !over || !columns) return;
    const id = String(active.id);
    const without = columns[target.status].map((c) => c.milestone.id).filter((x) => x !== id);
    // The card lands before the first card of that column whose middle is below the dropped card's middle.
    const middle = dropped ? dropped.top + dropped.height / 2 : Number.POSITIVE_INFINITY;
    const below = cardsIn(String(over.id)).find((el) => {
      const r = el.getBoundingClientRect();
      return el.dataset['milestoneId'] !== id && r.top + r.height / 2 > middle;
    });
    const index = below ? without.indexOf(below.dataset['milestoneId']!) : without.length;
    // The card shows in its new place at once (the write follows), so focus follows it once that frame is painted, not
    // after the write: a later focus would take it from wherever the learner went in the meantime.
    void moveCard(id, target.status, index, { focus: true });
  };

  const statuses = showSkipped ? COLUMNS : MAIN_COLUMNS;

  return (
    <div className={`board-layout${selectedId ? ' with-panel' : ''}${drawer ? ' with-drawer' : ''}`}>
      <BoardToolbar view={view} inert={drawer} />
      <div className="board-body">
        <div className="board-area" inert={drawer}>
          <DndContext
            sensors={sensors}
            collisionDetection={columnCollision}
            onDragStart={onDragStart}
            onDragEnd={onDragEnd}
            onDragCancel={() => {
              draggingRef.current = false;
              setDragging(null);
            }}
            accessibility={{
              announcements,
              screenReaderInstructions: {
                draggable:
                  'To move this milestone, press Space, use the arrow keys, then press Space again to drop it. Press Escape to cancel.',
              },
            }}
          >
            <BoardColumns view={view} statuses={statuses} groupByPhase={groupByPhase} />
            <DragOverlay>{dragging ? <div className="card drag-preview">{dragging.milestone.title}</div> : null}</DragOverlay>
          </DndContext>
        </div>
        {drawer && (
          // The dimmed board behind the drawer: a click on it closes the drawer (Escape and the close button also do).
          <div className="drawer-scrim" aria-hidden="true" onMouseDown={() => select(null)} />
        )}
        {selectedId && <DetailPanel key={selectedId} view={view} milestoneId={selectedId} />}
      </div>
      <BoardDialogs view={view} />
    </div>
  );
}

/** The columns (or the phases' swimlanes) of the board, drawn from the document and the filters. */
const BoardColumns = memo(function BoardColumns({
  view,
  statuses,
  groupByPhase,
}: {
  view: PathView;
  statuses: readonly MilestoneStatus[];
  groupByPhase: boolean;
}) {
  const doc = useApp((s) => s.document);
  const filters = useApp((s) => s.filters);
  const columns = useMemo(() => (doc ? boardColumns(view, doc, cardsOf(view)) : null), [view, doc]);
  const visible = useMemo(() => {
    if (!columns || !doc) return null;
    if (!hasFilters(filters)) return columns;
    const out = { ...columns };
    for (const status of COLUMNS) out[status] = columns[status].filter((c) => matchesFilters(c, filters, doc));
    return out;
  }, [columns, filters, doc]);
  if (!visible) return null;

  return groupByPhase ? (
    <div className="swimlanes" aria-label={`${view.roadmap.title} board by phase`} role="region">
      <div className="swimlane-header" style={{ gridTemplateColumns: `repeat(${statuses.length}, minmax(0, 1fr))` }}>
        {statuses.map((s) => (
          <h2 key={s}>{COLUMN_TITLES[s]}</h2>
        ))}
      </div>
      {view.phases.map((phase) => (
        <section key={phase.id} className="swimlane" aria-label={`Phase: ${phase.title}`}>
          <h3 className="swimlane-title">{phase.title}</h3>
          <div className="swimlane-cells" style={{ gridTemplateColumns: `repeat(${statuses.length}, minmax(0, 1fr))` }}>
            {statuses.map((status) => (
              <Column
                key={status}
                id={containerId(status, phase.id)}
                status={status}
                title={`${COLUMN_TITLES[status]}, ${phase.title}`}
                cards={visible[status].filter((c) => c.phase.id === phase.id)}
                compact
              />
            ))}
          </div>
        </section>
      ))}
    </div>
  ) : (
    <section className={`board cols-${statuses.length}`} aria-label={`${view.roadmap.title} board`}>
      {statuses.map((status) => (
        <Column key={status} id={containerId(status)} status={status} title={COLUMN_TITLES[status]} cards={visible[status]} />
      ))}
    </section>
  );
});
