// Changes show at once and are saved after: the header says Saving… until the data file has them, and a change the
// disk refuses is taken back with the reason.
import { join } from 'node:path';
import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Api } from '../../../src/shared/ipc';
import { freshDirForEachTest, renderApp } from './renderApp';
import { readDataFile } from '../../support/dataFile';

let dir: string;

freshDirForEachTest('pathboard-saving-', (d) => (dir = d));

/** Holds status changes until `release()`, so the test sees the board while the write is still on its way. */
function holdStatusChanges() {
  let release: () => void = () => {};
  const gate = new Promise<void>((done) => (release = done));
  const wrap = (api: Api): Api => ({
    ...api,
    setMilestoneStatus: async (input) => {
      await gate;
      return api.setMilestoneStatus(input);
    },
  });
  return { wrap, release: () => release() };
}

const column = (name: string) => screen.getByRole('region', { name });
const saveStatus = () => screen.getByTestId('save-status').textContent;
const cardsIn = (name: string) => within(column(name)).queryAllByRole('listitem').map((li) => li.getAttribute('aria-label'));

describe('saving', () => {
  it('moves the card at once, says Saving… until the file has it, then Saved', async () => {
    const held = holdStatusChanges();
    await renderApp(dir, { pathId: 'ops-path', wrap: held.wrap });
    await screen.findByRole('region', { name: 'To do' });
    expect(saveStatus()).toBe('Saved');

    await userEvent.click(screen.getByRole('checkbox', { name: 'Mark Learn docker done' }));
    expect(cardsIn('Done')).toEqual(['Learn docker']);
    expect(saveStatus()).toBe('Saving…');
    const onDisk = await readDataFile(join(dir, 'pathboard.json'));
    expect(onDisk.progress['docker']).toBeUndefined();

    held.release();
    await waitFor(() => expect(saveStatus()).toBe('Saved'));
    const saved = await readDataFile(join(dir, 'pathboard.json'));
    expect(saved.progress['docker']?.status).toBe('done');
    expect(cardsIn('Done')).toEqual(['Learn docker']);
  });

  it('puts the card back with the reason when the disk refuses the change', async () => {
    const held = holdStatusChanges();
    await renderApp(dir, { pathId: 'ops-path', wrap: held.wrap });
    await screen.findByRole('region', { name: 'To do' });

    await userEvent.click(screen.getByRole('checkbox', { name: 'Mark Learn docker done' }));
    expect(cardsIn('Done')).toEqual(['Learn docker']);
    // The data folder disappears (an unplugged drive) before the write happens.
    await rm(dir, { recursive: true, force: true });
    held.release();

    await waitFor(() => expect(cardsIn('Done')).toEqual([]));
    expect(cardsIn('To do')).toContain('Learn docker');
    expect(screen.getByRole('alert').textContent).toMatch(/could not save|ENOENT|data file/i);
    expect(saveStatus()).toBe('Saved');
    expect(screen.getByRole('checkbox', { name: 'Mark Learn docker done' })).toHaveProperty('checked', false);
  });

  it('keeps a newer failure on screen when an earlier change is saved after it', async () => {
    const held = holdStatusChanges();
    const { store } = await renderApp(dir, { pathId: 'ops-path', wrap: held.wrap });
    await screen.findByRole('region', { name: 'To do' });

    await userEvent.click(screen.getByRole('checkbox', { name: 'Mark Learn docker done' }));
    // While that write is under way, the learner tries something the service refuses.
    expect(await store.getState().saveStudySettings({ hoursPerWeek: -3, weekdays: [0], startDate: '2026-06-01', goalDate: null })).toBe(false);
    const refusal = screen.getByRole('alert').textContent;
    expect(refusal).toMatch(/hours/i);

    held.release();
    await waitFor(() => expect(saveStatus()).toBe('Saved'));
    expect(screen.getByRole('alert').textContent).toBe(refusal);
  });

  it('moves focus with the card at once, and leaves it where the learner went once the write is done', async () => {
    const held = holdStatusChanges();
    await renderApp(dir, { pathId: 'ops-path', wrap: held.wrap });
    await screen.findByRole('region', { name: 'To do' });
    const card = (id: string) => document.querySelector<HTMLElement>(`li[data-milestone-id="${id}"]`)!;

    card('docker').focus();
    await userEvent.keyboard('i');
    expect(cardsIn('In progress')).toEqual(['Learn docker']);
    await waitFor(() => expect(document.activeElement).toBe(card('docker')));
    // The learner goes on to another card while the write is still under way.
    card('python').focus();
    held.release();
    await waitFor(() => expect(saveStatus()).toBe('Saved'));
    await new Promise((done) => setTimeout(done, 50));
    expect(document.activeElement).toBe(card('python'));
  });
});
