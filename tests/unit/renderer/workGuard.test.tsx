// Guards the board's work per change, counted rather than timed (timings live in `npm run bench`): on a 300-card board a
// status change rewrites the DOM of the moved card only, and the header's forecast does not hold up the board.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { milestone, roadmap } from '../../support/roadmapFixtures';
import { freshDirForEachTest, renderApp } from './renderApp';

const SIZE = 300;

function bigRoadmap() {
  const milestones = Array.from({ length: SIZE }, (_, i) =>
    milestone(`m${i}`, i > 0 && i % 3 === 0 ? [`m${i - 1}`] : [], { title: `Milestone ${i}`, checklist: ['One', 'Two'] }),
  );
  const phases = [0, 1, 2].map((p) => ({
    id: `phase-${p}`,
    title: `Phase ${p + 1}`,
    summary: 'A phase.',
    milestones: milestones.slice((p * SIZE) / 3, ((p + 1) * SIZE) / 3).map((m) => m.id),
  }));
  return roadmap('big-path', milestones, phases);
}

let dir: string;
freshDirForEachTest('pathboard-work-', (d) => (dir = d));

/** The ids of the cards whose DOM changes while `act` runs and until the change is saved. */
async function cardsTouchedBy(act: () => Promise<void>): Promise<Set<string>> {
  const touched = new Set<string>();
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const target = r.target instanceof Element ? r.target : r.target.parentElement;
      const card = target?.closest('li[data-milestone-id]');
      if (card) touched.add(card.getAttribute('data-milestone-id')!);
      for (const n of r.addedNodes) if (n instanceof Element && n.matches('li[data-milestone-id]')) touched.add(n.getAttribute('data-milestone-id')!);
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  await act();
  await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved'));
  // Let the deferred header render and any late effect land before counting.
  await new Promise((done) => setTimeout(done, 50));
  observer.disconnect();
  return touched;
}

describe(`a ${SIZE}-card board`, () => {
  it('changes the DOM of the moved card only when a card is ticked done', async () => {
    await renderApp(dir, { roadmaps: [bigRoadmap()], pathId: 'big-path' });
    const todo = await screen.findByRole('region', { name: 'To do' });
    expect(within(todo).getAllByRole('listitem')).toHaveLength(SIZE);

    const touched = await cardsTouchedBy(() => userEvent.click(screen.getByRole('checkbox', { name: 'Mark Milestone 7 done' })));
    expect([...touched]).toEqual(['m7']);
    expect(within(screen.getByRole('region', { name: 'Done' })).getAllByRole('listitem').map((li) => li.dataset['milestoneId'])).toEqual(['m7']);
  });

  it('touches the moved card and the one that needed it when a prerequisite is finished', async () => {
    await renderApp(dir, { roadmaps: [bigRoadmap()], pathId: 'big-path' });
    await screen.findByRole('region', { name: 'To do' });
    // Milestone 9 needs Milestone 8: finishing 8 changes 9's "Needs" line, and nothing else.
    const touched = await cardsTouchedBy(() => userEvent.click(screen.getByRole('checkbox', { name: 'Mark Milestone 8 done' })));
    expect([...touched].sort()).toEqual(['m8', 'm9']);
  });
});
