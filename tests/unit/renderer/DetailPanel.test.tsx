import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AppStoreApi } from '../../../src/renderer/src/store';
import type { Api } from '../../../src/shared/ipc';
import { renderApp } from './renderApp';
import { milestone, roadmap } from '../../support/roadmapFixtures';

let dir: string;
let store: AppStoreApi;
let api: Api;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pathboard-detail-'));
  const path = roadmap('ops', [
    milestone('docker', [], { title: 'Docker', checklist: ['Install it', 'Build an image', 'Push it'] }),
    milestone('kubernetes', ['docker'], {
      title: 'Kubernetes',
      kind: 'project',
      skillArea: 'devops-cloud',
      spec: { build: 'A cluster that serves the model', data: 'The public iris set', handIn: 'A repository and a README' },
      rubric: ['Pods restart on failure', 'Rollout needs no downtime', 'Secrets stay out of git', 'README runs as written'],
      resources: [
        { title: 'Cluster basics', url: 'https://example.org/k8s', kind: 'course', cost: 'paid', checked: '2026-11-02', part: 'Modules 1-3 only' },
        { title: 'Kubectl docs', url: 'https://example.org/kubectl', kind: 'docs', cost: 'free', checked: '2026-10-15' },
      ],
    }),
    milestone('stats', [], { title: 'Statistics', summary: 'Averages and spread.', skillArea: 'statistics' }),
  ]);
  ({ api, store } = await renderApp(dir, { roadmaps: [path], pathId: 'ops' }));
});
afterEach(async () => {
  cleanup();
  await rm(dir, { recursive: true, force: true });
});

const cardOf = (id: string) => document.querySelector<HTMLElement>(`li[data-milestone-id="${id}"]`)!;

describe('detail panel', () => {
  it('shows what a milestone needs and ticks checklist steps, counting them on the card', async () => {
    await userEvent.click(await screen.findByRole('button', { name: 'Open details of Docker' }));
    const panel = screen.getByRole('dialog', { name: 'Details: Docker' });
    expect(within(panel).getByText(/You can show docker working/)).toBeTruthy();
    await userEvent.click(within(panel).getByRole('checkbox', { name: 'Install it' }));
    await userEvent.click(within(panel).getByRole('checkbox', { name: 'Push it' }));
    await waitFor(() => expect(within(cardOf('docker')).getByLabelText('2 of 3 steps done')).toBeTruthy());
    // The card shows the ticks at once; the header says Saved once they are on disk.
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved'));
    const saved = await api.getState({});
    expect(saved.ok && saved.data.document.progress['docker']?.checklist).toEqual([0, 2]);
    expect(within(cardOf('kubernetes')).getByText('Needs Docker')).toBeTruthy();
  });

  it('refuses hours that are not a number and saves nothing', async () => {
    await userEvent.click(await screen.findByRole('button', { name: 'Open details of Docker' }));
    const hours = screen.getByRole('textbox', { name: 'Hours spent' });
    await userEvent.type(hours, 'abc{Enter}');
    expect(screen.getByRole('alert').textContent).toMatch(/number/);
    await userEvent.clear(hours);
    await userEvent.type(hours, '-2{Enter}');
    expect(screen.getByRole('alert').textContent).toMatch(/negative/);
    const saved = await api.getState({});
    expect(saved.ok && saved.data.document.progress['docker']).toBeUndefined();
    await userEvent.clear(hours);
    await userEvent.type(hours, '2.5{Enter}');
    await waitFor(async () => {
      const now = await api.getState({});
      expect(now.ok && now.data.document.progress['docker']?.hoursSpent).toBe(2.5);
    });
  });
});

describe('the evidence link field', () => {
  it('refuses a link with a password or a right-to-left override, saying why at the field, and saves nothing', async () => {
    await userEvent.click(await screen.findByRole('button', { name: 'Open details of Docker' }));
    const field = screen.getByRole('textbox', { name: /Evidence link/ });
    fireEvent.change(field, { target: { value: 'https://me:secret@github.com/me/docker' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/user name or password/));
    fireEvent.change(field, { target: { value: 'https://example.org/\u202Egpj.exe' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/text-direction/));
    const saved = await api.getState({});
    expect(saved.ok && saved.data.document.progress['docker']).toBeUndefined();
  });
});

describe('portfolio project in the detail panel', () => {
  const open = async () => {
    await userEvent.click(await screen.findByRole('button', { name: 'Open details of Kubernetes' }));
    return screen.getByRole('dialog', { name: 'Details: Kubernetes' });
  };

  it('shows the brief and each resource’s cost, checked date and the part to do', async () => {
    const panel = await open();
    const brief = within(panel).getByRole('region', { name: 'Project brief' });
    expect(brief.textContent).toContain('A cluster that serves the model');
    expect(brief.textContent).toContain('The public iris set');
    expect(brief.textContent).toContain('A repository and a README');
    const course = within(panel).getByRole('link', { name: 'Cluster basics' }).closest('li')!;
    expect(course.textContent).toMatch(/Paid · checked 2026-11-02/);
    expect(course.textContent).toContain('Do this part: Modules 1-3 only');
    const docs = within(panel).getByRole('link', { name: 'Kubectl docs' }).closest('li')!;
    expect(docs.textContent).toMatch(/Free · checked 2026-10-15/);
    expect(docs.textContent).not.toContain('Do this part');
  });

  it('saves rubric ticks in the milestone’s progress, apart from the checklist, and undoes them by name', async () => {
    const panel = await open();
    await userEvent.click(within(panel).getByRole('checkbox', { name: 'Secrets stay out of git' }));
    await userEvent.click(within(panel).getByRole('checkbox', { name: 'Pods restart on failure' }));
    expect(within(panel).getByRole('group', { name: 'Rubric (2/4 met)' })).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved'));
    const saved = await api.getState({});
    expect(saved.ok && saved.data.document.progress['kubernetes']).toMatchObject({ rubric: [0, 2] });
    expect(saved.ok && saved.data.document.progress['kubernetes']?.checklist).toBeUndefined();
    expect(saved.ok && saved.data.document.undo.past.at(-1)?.label).toBe('Update the rubric of Kubernetes');
  });

  it('refuses a criterion the project does not have, with a message naming the rubric', async () => {
    const at = new Date().toISOString();
    const beyond = await api.updateProgress({ milestoneId: 'kubernetes', changes: { criterion: { index: 4, done: true } }, at });
    expect(!beyond.ok && beyond.error.message).toBe('Kubernetes has 4 rubric criteria; there is no criterion 5.');
    const none = await api.updateProgress({ milestoneId: 'docker', changes: { criterion: { index: 0, done: true } }, at });
    expect(!none.ok && none.error.message).toBe('Docker has no rubric to tick.');
  });
});

describe('detail panel after undo and redo', () => {
  const docker = async () => {
    const now = await api.getState({});
    return now.ok ? now.data.document : null;
  };

  it('shows the previous notes after an undo, writes nothing on blur, and redo still works', async () => {
    await userEvent.click(await screen.findByRole('button', { name: 'Open details of Docker' }));
    const notes = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Notes' });
    await userEvent.type(notes, 'Multi-stage builds');
    fireEvent.blur(notes);
    await waitFor(async () => expect((await docker())?.progress['docker']?.notes).toBe('Multi-stage builds'));

    // Undo from the menu or a shortcut while the field still has focus.
    notes.focus();
    await act(() => store.getState().undo());
    expect(notes.value).toBe('');
    fireEvent.blur(notes);
    const afterBlur = await docker();
    expect(afterBlur?.progress['docker']?.notes).toBeUndefined();
    expect(afterBlur?.undo.future).toHaveLength(1);

    await act(() => store.getState().redo());
    expect(notes.value).toBe('Multi-stage builds');
    expect((await docker())?.progress['docker']?.notes).toBe('Multi-stage builds');
  });

  it('shows the previous hours after an undo and writes nothing stale on blur', async () => {
    await userEvent.click(await screen.findByRole('button', { name: 'Open details of Docker' }));
    const hours = screen.getByRole<HTMLInputElement>('textbox', { name: 'Hours spent' });
    await userEvent.type(hours, '3{Enter}');
    await waitFor(async () => expect((await docker())?.progress['docker']?.hoursSpent).toBe(3));
    await act(() => store.getState().undo());
    expect(hours.value).toBe('');
    fireEvent.blur(hours);
    expect((await docker())?.progress['docker']?.hoursSpent).toBeUndefined();
    await act(() => store.getState().redo());
    expect(hours.value).toBe('3');
  });

  it('keeps notes, ticks and hours when the card moves to done', async () => {
    await userEvent.click(await screen.findByRole('button', { name: 'Open details of Docker' }));
    const panel = screen.getByRole('dialog', { name: 'Details: Docker' });
    await userEvent.click(within(panel).getByRole('checkbox', { name: 'Install it' }));
    await userEvent.type(within(panel).getByRole('textbox', { name: 'Hours spent' }), '4{Enter}');
    await userEvent.type(within(panel).getByRole('textbox', { name: 'Notes' }), 'Use slim images');
    fireEvent.blur(within(panel).getByRole('textbox', { name: 'Notes' }));
    await waitFor(async () => expect((await docker())?.progress['docker']?.notes).toBe('Use slim images'));
    await userEvent.selectOptions(within(panel).getByRole('combobox', { name: 'Status' }), 'done');
    await waitFor(async () => expect((await docker())?.progress['docker']?.status).toBe('done'));
    expect((await docker())?.progress['docker']).toMatchObject({ notes: 'Use slim images', checklist: [0], hoursSpent: 4 });
    expect(within(panel).getByRole<HTMLTextAreaElement>('textbox', { name: 'Notes' }).value).toBe('Use slim images');
  });
});

describe('detail panel limits', () => {
  it('refuses notes of several megabytes with a message at the field and saves nothing', async () => {
    await userEvent.click(await screen.findByRole('button', { name: 'Open details of Docker' }));
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    fireEvent.change(notes, { target: { value: 'x'.repeat(3 * 1024 * 1024) } });
    fireEvent.blur(notes);
    expect(screen.getByRole('alert').textContent).toMatch(/at most 100,000 characters.*Nothing was saved/);
    const saved = await api.getState({});
    expect(saved.ok && saved.data.document.progress['docker']).toBeUndefined();
  });

  it('keeps the built-in estimate visible next to the learner’s own, and saves the override', async () => {
    await userEvent.click(await screen.findByRole('button', { name: 'Open details of Docker' }));
    const mine = screen.getByRole('textbox', { name: 'Your estimate (built-in 5 h)' });
    await userEvent.type(mine, '0{Enter}');
    expect(screen.getByRole('alert').textContent).toMatch(/more than 0/);
    await userEvent.clear(mine);
    await userEvent.type(mine, '12{Enter}');
    await waitFor(async () => {
      const now = await api.getState({});
      expect(now.ok && now.data.document.study?.estimateOverrides).toEqual({ docker: 12 });
    });
  });
});

describe('filters', () => {
  it('combines search with a skill-area filter, and clears both', async () => {
    await screen.findByRole('button', { name: 'Open details of Docker' });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search milestones' }), 'spread');
    expect(cardOf('stats')).toBeTruthy();
    expect(cardOf('docker')).toBeNull();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Filter by skill area' }), 'devops-cloud');
    expect(cardOf('stats')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(cardOf('stats')).toBeTruthy();
    expect(cardOf('docker')).toBeTruthy();
    expect(cardOf('kubernetes')).toBeTruthy();
  });

  it('finds a milestone by the words in the learner’s notes', async () => {
    await api.updateProgress({ milestoneId: 'kubernetes', changes: { notes: 'try minikube first' } });
    await store.getState().init();
    await userEvent.type(await screen.findByRole('searchbox', { name: 'Search milestones' }), 'minikube');
    expect(cardOf('kubernetes')).toBeTruthy();
    expect(cardOf('docker')).toBeNull();
  });
});
