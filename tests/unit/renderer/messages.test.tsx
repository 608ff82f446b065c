// The one notice system: every message from the store drawn by one component, with the right role, fading and action.
import { join } from 'node:path';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { INFO_FADE_MS } from '../../../src/renderer/src/components/useAutoDismiss';
import { renderApp } from './renderApp';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pathboard-messages-'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

describe('messages', () => {
  it('draws errors as alerts and everything else as status; information and successes fade, errors and warnings stay', async () => {
    const { store } = await renderApp(dir);
    vi.useFakeTimers();
    act(() => {
      const { say } = store.getState();
      say({ kind: 'error', text: 'It failed.' });
      say({ kind: 'warning', text: 'Read-only.' });
      say({ kind: 'info', text: 'A hint.' });
      say({ kind: 'success', text: 'Saved.' });
    });
    expect(screen.getByText('It failed.').closest('[role]')?.getAttribute('role')).toBe('alert');
    for (const text of ['Read-only.', 'A hint.', 'Saved.']) {
      expect(screen.getByText(text).closest('[role]')?.getAttribute('role')).toBe('status');
    }
    act(() => vi.advanceTimersByTime(INFO_FADE_MS + 100));
    expect(screen.queryByText('A hint.')).toBeNull();
    expect(screen.queryByText('Saved.')).toBeNull();
    expect(screen.getByText('It failed.')).toBeTruthy();
    expect(screen.getByText('Read-only.')).toBeTruthy();
  });

  it('replaces a message said again under the same id, and Dismiss takes it away', async () => {
    const { store } = await renderApp(dir);
    act(() => store.getState().say({ id: 'failure', kind: 'error', text: 'First failure.' }));
    act(() => store.getState().say({ id: 'failure', kind: 'error', text: 'Second failure.' }));
    expect(screen.queryByText('First failure.')).toBeNull();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Second failure.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(store.getState().messages.map((m) => m.id)).not.toContain('failure');
  });

  it('clears the last failure once an action works', async () => {
    const { store } = await renderApp(dir);
    await act(() => store.getState().choosePath('no-such-path'));
    expect(screen.getByRole('alert').textContent).toContain('There is no career path called "no-such-path".');
    await act(() => store.getState().choosePath('ops-path'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a start-up notice from the service with a button that shows the file in its folder', async () => {
    await writeFile(join(dir, 'pathboard.json'), '{"schemaVersion":1,"activePa');
    const revealed: string[] = [];
    await renderApp(dir, (api) => ({
      ...api,
      revealNotice: (input) => {
        revealed.push(input.path);
        return api.revealNotice(input);
      },
    }));
    const notice = (await screen.findByText(/could not read your data file/)).closest('[role]') as HTMLElement;
    expect(notice.getAttribute('role')).toBe('status');
    await userEvent.click(within(notice).getByRole('button', { name: 'Show in folder' }));
    expect(revealed).toHaveLength(1);
    expect(revealed[0]).toMatch(/pathboard\.corrupt-.*\.json$/);
    expect(screen.getByText(/could not read your data file/)).toBeTruthy();
  });

  it('opens the other path from a message that offers it, and the message goes', async () => {
    const { store } = await renderApp(dir, { pathId: 'ops-path' });
    await screen.findByRole('region', { name: 'To do' });
    act(() =>
      store.getState().say({ id: 'undo', kind: 'info', text: 'Undid: x. That change is on your data-path path.', action: { label: 'Go to data-path', choosePath: 'data-path' } }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Go to data-path' }));
    await waitFor(() => expect(store.getState().document?.activePathId).toBe('data-path'));
    expect(screen.queryByText(/That change is on your data-path path/)).toBeNull();
  });

  it('warns when the built-in questionnaire could not be loaded, and the questionnaire screen points at the warning', async () => {
    // The fixture folder has roadmaps only: no questionnaire.json or glossary.json beside it.
    const { store } = await renderApp(dir);
    const warning = (await screen.findByText(/built-in questionnaire could not be loaded/)).closest('[role]') as HTMLElement;
    expect(warning.getAttribute('role')).toBe('status');
    expect(warning.textContent).toMatch(/built-in glossary could not be loaded/);
    act(() => store.getState().show('quiz'));
    expect(screen.getByText('The questionnaire could not be loaded. The message at the top of the window says why.')).toBeTruthy();
  });
});
