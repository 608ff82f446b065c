import { join } from 'node:path';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AppStoreApi } from '../../../src/renderer/src/store';
import type { AppService } from '../../../src/main/api';
import { renderApp } from './renderApp';
import { milestone, roadmap } from '../../support/roadmapFixtures';

let dir: string;
let store: AppStoreApi;
let service: AppService;
const answer = { save: null as string | null };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pathboard-export-'));
  const path = roadmap('ops', [milestone('docker', [], { title: 'Docker', estimateHours: 40 })]);
  ({ store, service } = await renderApp(dir, {
    roadmaps: [path],
    pathId: 'ops',
    dialogs: { chooseSavePath: async () => answer.save, chooseOpenPath: async () => null },
    before: (a) => a.updateProgress({ milestoneId: 'docker', changes: { notes: 'Notes, with "quotes"' } }),
  }));
});
afterEach(async () => {
  cleanup();
  await service.close();
  await rm(dir, { recursive: true, force: true });
});

describe('export dialog', () => {
  it('exports the study plan as a calendar with the weeks and start time chosen', async () => {
    answer.save = join(dir, 'plan.ics');
    act(() => store.getState().openExportAs('ics'));
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /Calendar \(\.ics\)/ }).checked).toBe(true);
    await userEvent.click(screen.getByRole('radio', { name: '12 weeks' }));
    fireEvent.change(screen.getByLabelText('Each session starts at'), { target: { value: '07:30' } });
    await userEvent.click(screen.getByRole('button', { name: 'Export…' }));
    await waitFor(() => expect(screen.getByText(/^Saved \d+ study sessions as a calendar to/)).toBeTruthy());
    const ics = await readFile(answer.save, 'utf8');
    expect(ics).toMatch(/DTSTART:\d{8}T073000\r\n/);
    expect(ics).toContain('SUMMARY:Study: Docker');
  });

  it('exports the milestones as CSV, with notes when asked', async () => {
    answer.save = join(dir, 'milestones.csv');
    act(() => store.getState().openExport());
    await userEvent.click(screen.getByRole('radio', { name: /Spreadsheet \(CSV\)/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Include my notes' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export…' }));
    await waitFor(() => expect(screen.getByText(`Saved the milestones as a spreadsheet to ${answer.save}.`)).toBeTruthy());
    expect(await readFile(answer.save, 'utf8')).toContain('"Notes, with ""quotes"""');
  });
});
