// A long column's far cards are placeholders; one the pointer goes over, or the keyboard focuses, is drawn in full (and
// keeps the focus). jsdom lays nothing out, so an IntersectionObserver that never reports stands in for a view that
// stays at the top: only the pointer and the focus can wake a placeholder here.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { milestone, roadmap } from '../../support/roadmapFixtures';
import { freshDirForEachTest, renderApp } from './renderApp';

const SIZE = 120;

class NeverNear {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
  takeRecords(): [] {
    return [];
  }
}

let dir: string;
freshDirForEachTest('pathboard-placeholders-', (d) => (dir = d));
beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', NeverNear);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

async function openLongColumn() {
  const milestones = Array.from({ length: SIZE }, (_, i) => milestone(`m${i}`, [], { title: `Milestone ${i}` }));
  await renderApp(dir, { roadmaps: [roadmap('long-path', milestones)], pathId: 'long-path' });
  const todo = await screen.findByRole('region', { name: 'To do' });
  await waitFor(() => expect(todo.querySelectorAll('li[data-milestone-id]')).toHaveLength(SIZE));
  return { todo, card: (id: string) => todo.querySelector<HTMLElement>(`li[data-milestone-id="${id}"]`)! };
}

describe('placeholders in a long column', () => {
  it('draws a placeholder in full when the pointer goes over it, and leaves the others as they are', async () => {
    const { todo, card } = await openLongColumn();
    expect(card('m19').classList.contains('card-lite')).toBe(false);
    expect(card('m100').classList.contains('card-lite')).toBe(true);
    expect(card('m100').textContent).toBe('Milestone 100');

    fireEvent.pointerOver(card('m100'));
    expect(await within(todo).findByRole('checkbox', { name: 'Mark Milestone 100 done' })).toBeTruthy();
    expect(card('m100').classList.contains('card-lite')).toBe(false);
    expect(card('m99').classList.contains('card-lite')).toBe(true);
    expect(card('m101').classList.contains('card-lite')).toBe(true);
  });

  it('draws a focused placeholder in full, and the full card keeps the focus', async () => {
    const { todo, card } = await openLongColumn();
    card('m110').focus();
    expect(await within(todo).findByRole('checkbox', { name: 'Mark Milestone 110 done' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(card('m110')));
    expect(card('m110').classList.contains('card-lite')).toBe(false);
  });
});
