// Board keyboard shortcuts: move focus between cards, change a card's column, open details, search, undo and help.
import { useEffect, type RefObject } from 'react';
import { COLUMNS } from '../../../../shared/board';
import type { MilestoneStatus } from '../../../../shared/document';
import { useStoreApi } from '../../store/useApp';
import { useMoveCard } from './useMoveCard';
import { isTyping } from '../focus/typing';
import { cardElement } from '../focus/focusHome';

export const SHORTCUTS: Array<[string, string]> = [
  ['↑ ↓ ← →', 'Move focus between cards and columns'],
  ['Enter', 'Open the focused card’s details'],
  ['D', 'Mark the focused card done'],
  ['I', 'Move the focused card to In progress'],
  ['S', 'Skip the focused card'],
  ['T', 'Move the focused card back to To do'],
  ['Space', 'Pick up the focused card to drag it with the arrow keys; Space drops, Escape cancels'],
  ['1 2 3 4', 'Jump to the first card of To do, In progress, Done or Skipped'],
  ['F6', 'Move between the navigation, the board tools, the board and the details (Shift+F6 goes back)'],
  ['/', 'Search'],
  ['Ctrl/⌘ Z', 'Undo'],
  ['Ctrl/⌘ Shift Z', 'Redo'],
  ['?', 'Show these shortcuts'],
];

const KEY_STATUS: Record<string, MilestoneStatus> = { d: 'done', i: 'in-progress', s: 'skipped', t: 'todo' };

export function focusCard(id: string): void {
  requestAnimationFrame(() => cardElement(id)?.focus());
}

export function useBoardShortcuts(dragging: RefObject<boolean>) {
  const store = useStoreApi();
  const moveCard = useMoveCard();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (dragging.current || e.altKey) return;
      const state = store.getState();
      const mod = e.ctrlKey || e.metaKey;
      const active = document.activeElement;
      if (mod && e.key.toLowerCase() === 'z' && !isTyping(active)) {
        e.preventDefault();
        void (e.shiftKey ? state.redo() : state.undo());
        return;
      }
      if (mod && e.key.toLowerCase() === 'y' && !isTyping(active)) {
        e.preventDefault();
        void state.redo();
        return;
      }
      if (mod || isTyping(active) || state.dialog) return;
      if (e.key === '/') {
        e.preventDefault();
        document.getElementById('board-search')?.focus();
        return;
      }
      if (e.key === '?') {
        e.preventDefault();
        state.openDialog({ kind: 'help' });
        return;
      }
      const columnIndex = ['1', '2', '3', '4'].indexOf(e.key);
      if (columnIndex >= 0) {
        const column = document.querySelectorAll<HTMLElement>('#main [data-column]:not(.compact)')[columnIndex];
        if (!column) return;
        e.preventDefault();
        (column.querySelector<HTMLElement>('li[data-milestone-id]') ?? column).focus();
        return;
      }
      const card = (active as HTMLElement | null)?.closest?.<HTMLElement>('li[data-milestone-id]');
      // Keys typed on a control inside a card (checkbox, menu button) stay with that control.
      if (!card || card !== active) return;
      const id = card.dataset['milestoneId']!;
      if (e.key === 'Enter') {
        e.preventDefault();
        state.select(id);
        return;
      }
      const to = KEY_STATUS[e.key.toLowerCase()];
      if (to) {
        e.preventDefault();
        // The card moves at once; focus follows it once that frame is painted, not once the write is done.
        void moveCard(id, to, null, { focus: true });
        return;
      }
      if (!e.key.startsWith('Arrow')) return;
      const visibleCards = (status: MilestoneStatus) =>
        Array.from(document.querySelectorAll<HTMLElement>(`[data-column="${status}"] li[data-milestone-id]`));
      const status = card.closest<HTMLElement>('[data-column]')?.dataset['column'] as MilestoneStatus | undefined;
      if (!status) return;
      const here = visibleCards(status);
      const at = here.indexOf(card);
      let target: HTMLElement | undefined;
      if (e.key === 'ArrowDown') target = here[at + 1];
      else if (e.key === 'ArrowUp') target = here[at - 1];
      else {
        const shown = COLUMNS.filter((s) => document.querySelector(`[data-column="${s}"]`));
        const step = e.key === 'ArrowRight' ? 1 : -1;
        for (let i = shown.indexOf(status) + step; i >= 0 && i < shown.length; i += step) {
          const cards = visibleCards(shown[i]!);
          if (cards.length > 0) {
            target = cards[Math.min(at, cards.length - 1)];
            break;
          }
        }
      }
      if (target) {
        e.preventDefault();
        target.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store, dragging, moveCard]);
}
