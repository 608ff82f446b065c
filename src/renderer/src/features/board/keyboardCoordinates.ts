// Keyboard dragging across a kanban board: left/right jump to the next column (to the card nearest in height),
// up/down to the next card in the same column. Cards are not droppables, so their boxes are read from the DOM.
import type { KeyboardCoordinateGetter } from '@dnd-kit/core';

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const centerX = (b: Box) => b.left + b.width / 2;
const centerY = (b: Box) => b.top + b.height / 2;

export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const { active, collisionRect, droppableRects, droppableContainers } = context;
  if (!collisionRect || !['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(event.code)) return undefined;
  event.preventDefault();
  const cx = centerX(collisionRect);
  const cy = centerY(collisionRect);

  const columns: Box[] = [];
  for (const container of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(container.id);
    if (rect) columns.push(rect);
  }
  const cards: Box[] = Array.from(document.querySelectorAll<HTMLElement>('li[data-milestone-id]'))
    .filter((el) => el.dataset['milestoneId'] !== String(active?.id))
    .map((el) => el.getBoundingClientRect());
  const inColumn = (column: Box) => cards.filter((c) => centerX(c) > column.left && centerX(c) < column.left + column.width);
  const moveTo = (target: Box) => ({
    x: currentCoordinates.x + (target.left - collisionRect.left),
    y: currentCoordinates.y + (target.top - collisionRect.top),
  });

  if (event.code === 'ArrowLeft' || event.code === 'ArrowRight') {
    const step = event.code === 'ArrowRight' ? 1 : -1;
    const current = columns.find((c) => cx > c.left && cx < c.left + c.width);
    const ahead = columns
      .filter((c) => (centerX(c) - (current ? centerX(current) : cx)) * step > 1)
      .sort((a, b) => Math.abs(centerX(a) - cx) - Math.abs(centerX(b) - cx))[0];
    if (!ahead) return undefined;
    const nearest = inColumn(ahead).sort((a, b) => Math.abs(centerY(a) - cy) - Math.abs(centerY(b) - cy))[0];
    // An empty column: land near its top, inside it.
    return moveTo(nearest ?? { left: ahead.left + 8, top: ahead.top + 48, width: collisionRect.width, height: collisionRect.height });
  }

  const step = event.code === 'ArrowDown' ? 1 : -1;
  const column = columns.find((c) => cx > c.left && cx < c.left + c.width);
  const next = (column ? inColumn(column) : cards)
    .filter((c) => (centerY(c) - cy) * step > 4)
    .sort((a, b) => Math.abs(centerY(a) - cy) - Math.abs(centerY(b) - cy))[0];
  return next ? moveTo(next) : undefined;
};
