import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AppStoreApi } from '../../../src/renderer/src/store';
import type { AppService } from '../../../src/main/api';
import type { Api } from '../../../src/shared/ipc';
import { renderApp } from './renderApp';
import { milestone, roadmap } from '../../support/roadmapFixtures';

let dir: string;
let store: AppStoreApi;
let api: Api;
let service: AppService;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pathboard-plan-'));
  const path = roadmap('ops', [milestone('docker', [], { title: 'Docker', estimateHours: 40 })]);
  ({ api, store, service } = await renderApp(dir, { roadmaps: [path], pathId: 'ops' }));
});
afterEach(async () => {
  cleanup();
  await service.close();
  await rm(dir, { recursive: true, force: true });
});

const saved = async () => {
  const state = await api.getState({});
  return state.ok ? state.data.document.study : undefined;
};

describe('plan view', () => {
  it('follows an undo of the study plan and writes nothing stale afterwards', async () => {
    await userEvent.click(await screen.findByRole('button', { name: 'Plan' }));
    const hours = screen.getByRole<HTMLInputElement>('textbox', { name: 'Hours per week' });
    await userEvent.clear(hours);
    await userEvent.type(hours, '12');
    await waitFor(async () => expect((await saved())?.hoursPerWeek).toBe(12));

    await act(() => store.getState().undo());
    await waitFor(() => expect(hours.value).toBe('8'));
    fireEvent.blur(hours);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Sat' }));
    // The next edit builds on the restored plan, not on the undone 12 hours.
    await waitFor(async () => expect(await saved()).toMatchObject({ hoursPerWeek: 8, weekdays: [0, 1, 2, 3, 4, 5] }));

    await act(() => store.getState().undo());
    await waitFor(() => expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Sat' }).checked).toBe(false));
  });

  it('never saves an invalid value, and says what is wrong at the field', async () => {
    await userEvent.click(await screen.findByRole('button', { name: 'Plan' }));
    const hours = screen.getByRole<HTMLInputElement>('textbox', { name: 'Hours per week' });
    await userEvent.clear(hours);
    await userEvent.type(hours, '500');
    expect(screen.getByText(/112 or fewer/)).toBeTruthy();
    // Each valid keystroke saves (5, then 50); 500 never does.
    await waitFor(async () => expect((await saved())?.hoursPerWeek).toBe(50));
    expect(hours.value).toBe('500');
  });
});
