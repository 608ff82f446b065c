import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
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
  dir = await mkdtemp(join(tmpdir(), 'pathboard-review-'));
  const path = roadmap('ops', [
    milestone('docker', [], { title: 'Docker', checklist: ['Write a Dockerfile', 'Tag and push an image'], doneWhen: 'Your image runs anywhere.' }),
    milestone('kubernetes', ['docker'], { title: 'Kubernetes' }),
  ]);
  ({ api, store, service } = await renderApp(dir, {
    roadmaps: [path],
    pathId: 'ops',
    before: (a) => a.setMilestoneStatus({ milestoneId: 'docker', status: 'done' }),
  }));
});
afterEach(async () => {
  cleanup();
  await service.close();
  await rm(dir, { recursive: true, force: true });
});

const saved = async () => {
  const state = await api.getState({});
  if (!state.ok) throw new Error(state.error.message);
  return state.data.document.review;
};

describe('review screen', () => {
  it('turns a finished milestone into prompts, shows the due count in the header, and answers with buttons and keys 1–4', async () => {
    await userEvent.click(await screen.findByRole('button', { name: 'Review' }));
    expect(screen.getByText('Nothing to review yet: add a finished milestone below.')).toBeTruthy();
    // Only done milestones can be added.
    expect(screen.queryByRole('button', { name: 'Add Kubernetes to review' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Add Docker to review' }));

    const nav = screen.getByRole('navigation', { name: 'Main' });
    await waitFor(() => expect(within(nav).getByRole('button', { name: 'Review 3 due' })).toBeTruthy());
    expect(screen.getByText('3 due today')).toBeTruthy();
    expect(screen.getByText('Docker: Write a Dockerfile')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: /^Easy/ }));
    await waitFor(() => expect(within(nav).getByRole('button', { name: 'Review 2 due' })).toBeTruthy());
    expect(screen.getByText('Docker: Tag and push an image')).toBeTruthy();

    await userEvent.keyboard('1');
    // "Again" brings the prompt back later today: still due, now behind the other one.
    await waitFor(() => expect(screen.getByText('Docker, done when: Your image runs anywhere.')).toBeTruthy());
    await userEvent.keyboard('4');
    await waitFor(() => expect(screen.getByText('Docker: Tag and push an image')).toBeTruthy());
    await userEvent.keyboard('4');
    await waitFor(() => expect(screen.getByText('All caught up: nothing is due today.')).toBeTruthy());
    expect(within(nav).getByRole('button', { name: 'Review' })).toBeTruthy();

    const review = await saved();
    expect(review.log.map((e) => [e.cardId, e.rating])).toEqual([
      ['docker:0', 4],
      ['docker:1', 1],
      ['docker:done-when', 4],
      ['docker:1', 4],
    ]);
  });

  it('does not answer when a key is pressed in a text field, and removes a milestone from review', async () => {
    await api.addToReview({ milestoneId: 'docker' });
    await store.getState().init();
    await userEvent.click(await screen.findByRole('button', { name: /^Review/ }));
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    await userEvent.keyboard('3');
    expect((await saved()).log).toEqual([]);
    input.remove();
    await userEvent.click(screen.getByRole('button', { name: 'Remove Docker from review' }));
    await waitFor(async () => expect((await saved()).cards).toEqual({}));
    expect(await screen.findByRole('button', { name: 'Add Docker to review' })).toBeTruthy();
  });
});
