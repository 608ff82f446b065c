// A board with a long column (a learner who added hundreds of milestones): cards far from view are drawn as
// placeholders with their titles, and drawn in full once scrolled near, focused, or ticked.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from '../../src/main/api';
import { emptyDocument } from '../../src/shared/document';
import { serializeDocument } from '../../src/shared/documentFile';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { bindApi, expect, savedToDisk, serveRenderer, test } from '../support/harness';
import type { Milestone } from '../../src/shared/roadmap';
import { milestone, roadmap, writeRoadmaps } from '../support/roadmapFixtures';

const SIZE = 200;

/**
 * Run in the page (the tests are not compiled with the DOM's types): records in `window.__touched` every card in To do
 * whose DOM changes from now on, after the ids of the cards that are placeholders now ("was placeholder <id>").
 */
const WATCH_TOUCHED_CARDS = `(() => {
  const touched = new Set();
  window.__touched = touched;
  for (const li of document.querySelectorAll('[data-column="todo"] li.card-lite')) touched.add('was placeholder ' + li.dataset.milestoneId);
  new MutationObserver((records) => {
    for (const r of records) {
      const target = r.target instanceof Element ? r.target : r.target.parentElement;
      const li = target && target.closest('li[data-milestone-id]');
      if (li) touched.add(li.dataset.milestoneId);
      for (const n of r.addedNodes) if (n instanceof Element && n.matches('li[data-milestone-id]')) touched.add(n.dataset.milestoneId);
    }
  }).observe(document.querySelector('[data-column="todo"]'), { subtree: true, childList: true, attributes: true, characterData: true });
})()`;

/**
 * Opens the renderer on a path of `milestones` (in one phase unless `phases` are given), bound to the real service on
 * a temp data file; `close` stops it and removes the files.
 */
async function openLongPath(page: Page, milestones: Milestone[], phases?: Array<{ id: string; title: string; summary: string; milestones: string[] }>) {
  const dir = await mkdtemp(join(tmpdir(), 'pathboard-long-'));
  const server = await serveRenderer();
  const roadmapsDir = await writeRoadmaps(dir, [
    roadmap('long-path', milestones, phases ?? [{ id: 'p', title: 'All', summary: 'Everything.', milestones: milestones.map((m) => m.id) }]),
  ]);
  const dataFile = join(dir, 'pathboard.json');
  await writeFile(dataFile, serializeDocument({ ...emptyDocument(), activePathId: 'long-path' }));
  const api = await createApi({ dataFile, roadmapsDir });
  await bindApi(page, () => api);
  await page.goto(server.url);
  return {
    close: async () => {
      await api.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

test('a 200-card column keeps every card in the page, draws far ones in full when they come near, and still moves at once', async ({ page }) => {
  const board = await openLongPath(
    page,
    Array.from({ length: SIZE }, (_, i) => milestone(`m${i}`, [], { title: `Milestone ${i}`, checklist: ['One', 'Two'] })),
  );
  try {

    const todo = page.getByRole('region', { name: 'To do' });
    // Every card is in the page (find in page and screen readers reach them all); the far ones as placeholders.
    await expect(todo.getByRole('listitem')).toHaveCount(SIZE);
    // The first 20 cards are drawn in full from the first frame, and a card keeps the way it was first drawn while
    // others come and go above it: nothing but the moved card is redrawn.
    const cardOf = (id: string) => todo.locator(`li[data-milestone-id="${id}"]`);
    await expect(cardOf('m19')).not.toHaveClass(/\bcard-lite\b/);
    await expect(cardOf('m20')).toHaveClass(/\bcard-lite\b/);
    await cardOf('m0').getByRole('checkbox').click();
    await expect(page.getByRole('region', { name: 'Done' }).locator('li[data-milestone-id="m0"]')).toBeVisible();
    await expect(cardOf('m20')).toHaveClass(/\bcard-lite\b/);
    await page.getByRole('region', { name: 'Done' }).locator('li[data-milestone-id="m0"]').getByRole('checkbox').click();
    await expect(cardOf('m0')).toBeVisible();
    await expect(cardOf('m19')).not.toHaveClass(/\bcard-lite\b/);
    await expect(cardOf('m20')).toHaveClass(/\bcard-lite\b/);
    await savedToDisk(page);

    const far = todo.locator('li[data-milestone-id="m150"]');
    await expect(far).toHaveClass(/\bcard-lite\b/);
    await expect(far).toHaveText('Milestone 150');
    await expect(todo.locator('li.card-lite')).not.toHaveCount(0);

    // Scrolled near, a placeholder is drawn in full.
    await far.scrollIntoViewIfNeeded();
    await expect(far.getByRole('checkbox', { name: 'Mark Milestone 150 done' })).toBeVisible();
    await expect(far).not.toHaveClass(/\bcard-lite\b/);

    // Focused from the keyboard, a placeholder is drawn in full and keeps the focus.
    const next = todo.locator('li.card-lite').last();
    const id = (await next.getAttribute('data-milestone-id'))!;
    await next.focus();
    const card = todo.locator(`li[data-milestone-id="${id}"]`);
    await expect(card.getByRole('checkbox')).toBeVisible();
    await expect(card).toBeFocused();

    // The column is drawn in blocks between the list and its cards; to assistive technology it is still one list of
    // all its cards.
    expect(await todo.locator('.card-block').count()).toBeGreaterThan(3);
    const { violations } = await new AxeBuilder({ page })
      .include('[data-column="todo"]')
      .withRules(['list', 'listitem', 'aria-required-children', 'aria-required-parent'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    // Ticking a card, even the first of its block, leaves every other card that is drawn in full as it was (a
    // placeholder that the shift brings near the view may be drawn in full).
    const plain = todo.locator('.card-block').nth(1).locator('li[data-milestone-id]').first();
    const plainId = (await plain.getAttribute('data-milestone-id'))!;
    await plain.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.evaluate(WATCH_TOUCHED_CARDS);
    await plain.getByRole('checkbox').click();
    await expect(page.getByRole('region', { name: 'Done' }).locator(`li[data-milestone-id="${plainId}"]`)).toBeVisible();
    await savedToDisk(page);
    const touched = (await page.evaluate('[...window.__touched]')) as string[];
    const full = touched.filter((id) => !id.startsWith('was ') && !touched.includes(`was placeholder ${id}`));
    expect(full).toEqual([]);
    expect(touched.filter((id) => !id.startsWith('was ')).length).toBeLessThanOrEqual(2);

    // Ticked, the card is in Done at once, and saved.
    await far.getByRole('checkbox').click();
    await expect(page.getByRole('region', { name: 'Done' }).locator('li[data-milestone-id="m150"]')).toBeVisible();
    await expect(todo.getByRole('listitem')).toHaveCount(SIZE - 2);
    await savedToDisk(page);
  } finally {
    await board.close();
  }
});

test('by phase, a long cell draws its far cards as placeholders until the lanes are scrolled near them', async ({ page }) => {
  const milestones = Array.from({ length: SIZE }, (_, i) => milestone(`m${i}`, [], { title: `Milestone ${i}` }));
  const phases = [0, 1].map((p) => ({ id: `p${p}`, title: `Part ${p + 1}`, summary: 'Half.', milestones: milestones.slice(p * 100, (p + 1) * 100).map((m) => m.id) }));
  const board = await openLongPath(page, milestones, phases);
  try {
    await page.getByRole('checkbox', { name: 'Group by phase' }).check();

    // The lanes scroll, not the cells: a card far down the first lane waits as a placeholder while the view is at
    // the top, and is drawn in full once the lanes are scrolled to it.
    const lanes = page.getByRole('region', { name: 'long-path path board by phase' });
    const far = lanes.locator('li[data-milestone-id="m90"]');
    await expect(lanes.locator('li[data-milestone-id="m19"]')).not.toHaveClass(/\bcard-lite\b/);
    await page.waitForTimeout(300);
    await expect(far).toHaveClass(/\bcard-lite\b/);
    await far.scrollIntoViewIfNeeded();
    await expect(far.getByRole('checkbox', { name: 'Mark Milestone 90 done' })).toBeVisible();
  } finally {
    await board.close();
  }
});
