import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDirForEachTest, renderApp as renderAppIn } from './renderApp';

let dir: string;

freshDirForEachTest('pathboard-renderer-', (d) => (dir = d));

const renderApp = () => renderAppIn(dir);

async function openPath(name: string) {
  await userEvent.click(await screen.findByRole('button', { name: 'I already know my path' }));
  await userEvent.click(await screen.findByRole('button', { name }));
}

const column = (name: string) => screen.getByRole('region', { name });

describe('board', () => {
  it('opens the chosen path from the picker in three columns', async () => {
    await renderApp();
    await openPath('Choose ops-path path');
    expect(await screen.findByRole('heading', { name: 'To do' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'In progress' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Done' })).toBeTruthy();
    const todo = within(column('To do'));
    expect(todo.getAllByRole('listitem').map((li) => li.getAttribute('aria-label'))).toEqual([
      'Learn python',
      'Learn docker',
      'Learn kubernetes',
    ]);
    expect(todo.getByLabelText('Step 2').textContent).toBe('#2');
  });

  it('moves a card to Done when checked and back to To do when unchecked, updating progress', async () => {
    await renderApp();
    await openPath('Choose ops-path path');
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Mark Learn docker done' }));
    expect(await within(column('Done')).findByRole('listitem', { name: 'Learn docker' })).toBeTruthy();
    expect(within(column('To do')).queryByRole('listitem', { name: 'Learn docker' })).toBeNull();
    // The header's totals follow once the board has painted the move.
    await waitFor(() => expect(screen.getByRole('progressbar', { name: 'ops-path path progress' }).getAttribute('aria-valuenow')).toBe('33'));
    expect(within(column('Done')).getByText(/^Done /)).toBeTruthy();

    await userEvent.click(screen.getByRole('checkbox', { name: 'Mark Learn docker done' }));
    expect(await within(column('To do')).findByRole('listitem', { name: 'Learn docker' })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('progressbar', { name: 'ops-path path progress' }).getAttribute('aria-valuenow')).toBe('0'));
  });

  it('moves a card to In progress from its menu', async () => {
    await renderApp();
    await openPath('Choose ops-path path');
    await userEvent.click(await screen.findByRole('button', { name: 'Move Learn kubernetes' }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Move to In progress' }));
    expect(await within(column('In progress')).findByRole('listitem', { name: 'Learn kubernetes' })).toBeTruthy();
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('shows the error when the main process refuses a change, and keeps the card where it was', async () => {
    const { store } = await renderApp();
    await openPath('Choose ops-path path');
    await store.getState().setStatus('not-a-milestone', 'done');
    expect((await screen.findByRole('alert')).textContent).toContain('There is no milestone called "not-a-milestone"');
  });
});
