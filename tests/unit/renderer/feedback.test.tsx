import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import { INFO_FADE_MS } from '../../../src/renderer/src/components/useAutoDismiss';
import userEvent from '@testing-library/user-event';
import { createAppStore } from '../../../src/renderer/src/store';
import type { Api } from '../../../src/shared/ipc';
import { renderApp as renderAppIn } from './renderApp';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pathboard-feedback-'));
  localStorage.clear();
});
afterEach(async () => {
  cleanup();
  await rm(dir, { recursive: true, force: true });
});

async function renderApp(wrap?: (api: Api) => Api) {
  const rendered = await renderAppIn(dir, wrap);
  await userEvent.click(await screen.findByRole('button', { name: 'I already know my path' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Choose ops-path path' }));
  await screen.findByRole('region', { name: 'To do' });
  return rendered;
}

describe('feedback after actions', () => {
  it('hints when a milestone is finished before its prerequisites', async () => {
    await renderApp();
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Mark Learn docker done' }));
    expect((await screen.findByText(/You finished Learn docker before its prerequisites: Learn python/)).closest('[role="status"]')).toBeTruthy();
  });

  it('hints when a milestone is finished with checklist steps unticked', async () => {
    await renderApp();
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Mark Learn python done' }));
    expect(await screen.findByText(/You marked Learn python done with 0 of 2 checklist steps ticked/)).toBeTruthy();
  });

  it('says what undo and redo did', async () => {
    const { store } = await renderApp();
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Mark Learn python done' }));
    await within(screen.getByRole('region', { name: 'Done' })).findByRole('listitem', { name: 'Learn python' });
    const label = store.getState().document!.undo.past.at(-1)!.label;
    await store.getState().undo();
    expect(await screen.findByText(`Undid: ${label}`)).toBeTruthy();
    await store.getState().redo();
    expect(await screen.findByText(`Redid: ${label}`)).toBeTruthy();
  });

  it('undoes a path switch like any other change, back to the path and the work the learner left', async () => {
    // Switching paths is an undo step of its own (issue #10: undo after any command gives back the document before
    // it), so the step on top of the stack after a switch is the switch, and undo returns to the path left.
    const { store } = await renderApp();
    await store.getState().choosePath('data-path');
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Mark Learn statistics done' }));
    await within(screen.getByRole('region', { name: 'Done' })).findByRole('listitem', { name: 'Learn statistics' });
    await store.getState().choosePath('ops-path');
    await store.getState().undo();
    expect(await screen.findByText(/Undid: Switch to the ops-path path path/)).toBeTruthy();
    expect(store.getState().document!.activePathId).toBe('data-path');
    expect(await within(screen.getByRole('region', { name: 'Done' })).findByRole('listitem', { name: 'Learn statistics' })).toBeTruthy();
  });
});

describe('preferences', () => {
  it('keeps the theme and card density for the next session and puts the theme on <html>', async () => {
    const { store } = await renderApp();
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Compact cards' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'dark');
    expect(document.documentElement.dataset['theme']).toBe('dark');
    expect(store.getState().density).toBe('compact');
    cleanup();
    const next = createAppStore({} as Api).getState();
    expect([next.theme, next.density]).toEqual(['dark', 'compact']);
  });
});

describe('busy and fading', () => {
  it('shows progress and holds the Export button while a report is written', async () => {
    let finish: () => void = () => {};
    await renderApp((api) => ({
      ...api,
      exportReport: (input) => new Promise((done) => (finish = () => done(api.exportReport(input)))),
    }));
    await userEvent.click(await within(screen.getByRole('navigation', { name: 'Main' })).findByRole('button', { name: 'Progress' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Export report…' }));
    const dialog = screen.getByRole('dialog', { name: 'Export progress report' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Export…' }));
    const busy = within(dialog).getByRole('button', { name: 'Exporting…' });
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    expect(within(dialog).getByRole('status').textContent).toContain('Writing the report…');
    await userEvent.click(busy);
    finish();
    // Without native dialogs the api saves nothing and says so; the busy state ends either way.
    expect(await within(dialog).findByRole('button', { name: 'Export…' })).toBeTruthy();
  });

  it('lets information fade after a few seconds and keeps warnings until dismissed', async () => {
    const { store } = await renderApp();
    vi.useFakeTimers();
    try {
      // One message at a time (issue #26; this test used to see both at once): the error stays in front until it is
      // dismissed, then the hint that waited behind it shows, fades, and is gone.
      act(() => {
        store.getState().say({ kind: 'info', text: 'A passing hint.' });
        store.getState().say({ kind: 'error', text: 'Something failed.' });
      });
      act(() => vi.advanceTimersByTime(INFO_FADE_MS + 100));
      expect(screen.getByText('Something failed.')).toBeTruthy();
      act(() => within(screen.getByRole('alert')).getByRole('button', { name: 'Dismiss' }).click());
      expect(screen.getByText('A passing hint.')).toBeTruthy();
      act(() => vi.advanceTimersByTime(INFO_FADE_MS + 100));
      expect(screen.queryByText('A passing hint.')).toBeNull();
      expect(screen.queryByText('Something failed.')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
