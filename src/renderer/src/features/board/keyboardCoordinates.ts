// Keyboard dragging across a kanban board: arrows jump to the nearest card or column in that direction, not by pixels.
import type { KeyboardCoordinateGetter } from '@dnd-kit/core';

type Direction = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';
const DIRECTIONS = new Set<string>(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  if (!DIRECTIONS.has(event.code)) return undefined;
  const { active, collisionRect, droppableRects, droppableContainers } = context;
  if (!collisionRect) return undefined;
  event.preventDefault();
  const direction = event.code as Direction;
  const cx = collisionRect.left + collisionRect.width / 2;
  const cy = collisionRect.top + collisionRect.height / 2;

  // Targets: every column, and every card on screen (cards are not droppables, so read them from the DOM).
  const targets: Array<{ id: string; rect: { left: number; top: number; width: number; height: number } }> = [];
  for (const container of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(container.id);
    if (rect) targets.push({ id: String(container.id), rect });
  }
  for (const el of document.querySelectorAll<HTMLElement>('li[data-milestone-id]')) {
    if (el.dataset['milestoneId'] !== String(active?.id)) targets.push({ id: el.dataset['milestoneId']!, rect: el.getBoundingClientRect() });
  }

  let best: { left: number; top: number; score: number } | null = null;
  for (const { id, rect } of targets) {
    const isCard = !id.startsWith('column:');
    const x = rect.left + rect.width / 2;
    const y = isCard ? rect.top + rect.height / 2 : rect.top + 40;
    const dx = x - cx;
    const dy = y - cy;
    const ahead =
      direction === 'ArrowRight' ? dx > collisionRect.width / 2 :
      direction === 'ArrowLeft' ? dx < -collisionRect.width / 2 :
      direction === 'ArrowDown' ? dy > 4 && Math.abs(dx) < rect.width / 2 + collisionRect.width / 2 :
      dy < -4 && Math.abs(dx) < rect.width / 2 + collisionRect.width / 2;
    if (!ahead) continue;
    // Along the arrow counts once, across it counts three times, and cards beat whole columns.
    const along = direction === 'ArrowLeft' || direction === 'ArrowRight' ? Math.abs(dx) : Math.abs(dy);
    const across = direction === 'ArrowLeft' || direction === 'ArrowRight' ? Math.abs(dy) : Math.abs(dx);
    const score = along + across * 3 + (isCard ? 0 : 40);
    if (!best || score < best.score) best = { left: rect.left, top: isCard ? rect.top : rect.top + 40, score };
  }
  if (!best) return undefined;
  return { x: currentCoordinates.x + (best.left - collisionRect.left), y: currentCoordinates.y + (best.top - collisionRect.top) };
};
