// What a self-taught learner sees about learning: resources, optional marks, glossary terms, custom links, quiz ties, market facts.
import { describe, expect, it } from 'vitest';
import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AppStoreApi } from '../../../src/renderer/src/store';
import type { Api } from '../../../src/shared/ipc';
import { ROADMAPS_DIR } from '../../support/tempDir';
import { freshDirForEachTest, renderApp, type RenderOptions } from './renderApp';

let dir: string;
let api: Api;
let store: AppStoreApi;

freshDirForEachTest('pathboard-learning-', (d) => (dir = d));

/** The app on Pathboard's own roadmaps, questionnaire and glossary. */
async function start(pathId: string | null, before?: RenderOptions['before']) {
  ({ api, store } = await renderApp(dir, { roadmapsDir: ROADMAPS_DIR, ...(pathId ? { pathId } : {}), ...(before ? { before } : {}) }));
}

// The real 34-milestone board renders in jsdom; on a busy two-core machine that can take longer than the default 5 s.
const SLOW = 30_000;

const cardOf = (id: string) => document.querySelector<HTMLElement>(`li[data-milestone-id="${id}"]`)!;

describe('milestone resources and glossary', () => {
  it('lists a milestone\'s resources as https links that open outside the app, and defines its jargon', async () => {
    await start('mlops-engineer');
    await userEvent.click(await screen.findByRole('button', { name: 'Open details of Monitor data and model drift' }));
    const panel = screen.getByRole('dialog', { name: 'Details: Monitor data and model drift' });
    const resources = within(panel).getByRole('region', { name: 'Where to learn it' });
    const links = within(resources).getAllByRole('link');
    expect(links.length).toBeGreaterThanOrEqual(1);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link.getAttribute('target')).toBe('_blank');
    }
    const terms = within(panel).getByRole('region', { name: 'Terms used here' });
    expect(within(terms).getByText('Population stability index (PSI)')).toBeTruthy();
  }, SLOW);

  it('tags an optional milestone on its card and explains it in the detail panel', async () => {
    await start('mlops-engineer');
    await waitFor(() => expect(cardOf('mlops-certification')).toBeTruthy());
    expect(within(cardOf('mlops-certification')).getByText('Optional')).toBeTruthy();
    expect(within(cardOf('docker')).queryByText('Optional')).toBeNull();
    store.getState().select('mlops-certification');
    const panel = await screen.findByRole('dialog', { name: /^Details: / });
    expect(within(panel).getByText(/the role does not require it/)).toBeTruthy();
  }, SLOW);
});

describe('custom milestone links', () => {
  it('refuses a link that is not https and saves nothing, then saves and shows an https link', async () => {
    await start('mlops-engineer');
    await userEvent.click(await screen.findByRole('button', { name: '+ Add milestone' }));
    // The form loads on demand: give its first load time on a busy machine.
    const dialog = await screen.findByRole('dialog', { name: 'Add your own milestone' }, { timeout: 15_000 });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Read the Argo docs');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add a link' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Link 1 title' }), 'Argo CD');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Link 1 address' }), 'http://argo-cd.readthedocs.io/');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add milestone' }));
    expect(within(dialog).getByRole('alert').textContent).toMatch(/https:\/\//);
    const before = await api.getState({});
    expect(before.ok && before.data.document.customMilestones).toEqual([]);

    const address = within(dialog).getByRole('textbox', { name: 'Link 1 address' });
    await userEvent.clear(address);
    await userEvent.type(address, 'https://argo-cd.readthedocs.io/en/stable/');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add milestone' }));
    // The new card is focused in its column; its details show the link.
    await userEvent.click(await screen.findByRole('button', { name: 'Open details of Read the Argo docs' }));
    const panel = await screen.findByRole('dialog', { name: 'Details: Read the Argo docs' });
    expect(within(panel).getByRole('link', { name: 'Argo CD' }).getAttribute('href')).toBe('https://argo-cd.readthedocs.io/en/stable/');
    const after = await api.getState({});
    expect(after.ok && after.data.document.customMilestones[0]?.resources).toEqual([
      { title: 'Argo CD', url: 'https://argo-cd.readthedocs.io/en/stable/', kind: 'docs' },
    ]);
  }, SLOW);
});

describe('questionnaire result', () => {
  it('shows a tie as a tie instead of picking the first path in the list', async () => {
    await start(null, (service) => service.saveQuestionnaire({ answers: { 'proudest-work': 'decision-changed', 'daily-tools': 'containers-ci' } }));
    await userEvent.click(await screen.findByRole('button', { name: 'Which path fits me?' }));
    expect(await screen.findByRole('heading', { name: 'A tie for your best fit: Data Scientist and MLOps Engineer' })).toBeTruthy();
    const ranking = screen.getByRole('list', { name: 'Paths ranked by fit' });
    expect(within(within(ranking).getByRole('listitem', { name: 'Data Scientist' })).getByText('50% fit, tied')).toBeTruthy();
    expect(within(within(ranking).getByRole('listitem', { name: 'MLOps Engineer' })).getByText('50% fit, tied')).toBeTruthy();
  }, SLOW);

  it('says what AI + Blockchain shares with the ML Engineer path', async () => {
    await start(null, (service) => service.saveQuestionnaire({ answers: { blockchain: 'keen' } }));
    await userEvent.click(await screen.findByRole('button', { name: 'Which path fits me?' }));
    const chain = within(await screen.findByRole('list', { name: 'Paths ranked by fit' })).getByRole('listitem', {
      name: 'AI + Blockchain Engineer',
    });
    expect(within(chain).getByText(/shares its first two phases with the ML Engineer path/)).toBeTruthy();
  });
});

describe('compare', () => {
  it('has a market and pay row and marks what is not from the source article', async () => {
    await start(null);
    await userEvent.click(await screen.findByRole('button', { name: 'Compare the paths' }));
    expect(await screen.findByRole('rowheader', { name: 'Market & pay' })).toBeTruthy();
    // AI + Blockchain's success metrics, day to day and choose-if are Pathboard's own.
    expect(screen.getAllByText('Written for Pathboard: not from the source article.')).toHaveLength(3);
  });
});
