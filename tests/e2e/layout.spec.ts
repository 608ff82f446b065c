// Layout from 800×600 to 2560×1440: nothing covers the detail panel, the header keeps one row from 1024 px,
// Undo and Redo stay together, long words wrap, and the board never scrolls sideways.
import type { Page } from '@playwright/test';
import { test, expect, pickPathOnFirstRun } from '../support/harness';

const SIZES = [
  { width: 800, height: 600 },
  { width: 1024, height: 768 },
  { width: 1150, height: 800 },
  { width: 1280, height: 820 },
  { width: 2560, height: 1440 },
];

const LONG_TITLE = `Learn${'Kubernetes'.repeat(9)}Operators`;

/** Facts about the page that the checks below need, measured in the page (as source text: no DOM types here). */
const measure = (page: Page) =>
  page.evaluate<{
    headerHeight: number;
    undoTop: number;
    redoTop: number;
    boardOverflow: number;
    widestCardOverflow: number;
    panelCovered: number;
  }>(`(() => {
    const rect = (sel) => document.querySelector(sel)?.getBoundingClientRect();
    const board = document.querySelector('.board');
    const cards = Array.from(document.querySelectorAll('li[data-milestone-id]'));
    const panel = document.querySelector('.detail-panel');
    let covered = 0;
    if (panel) {
      const r = panel.getBoundingClientRect();
      // A grid of points over the panel: each must hit the panel itself, not a card painted over it.
      for (let i = 1; i < 6; i++) for (let j = 1; j < 6; j++) {
        const hit = document.elementFromPoint(r.left + (r.width * i) / 6, r.top + (r.height * j) / 6);
        if (!hit || !panel.contains(hit)) covered++;
      }
    }
    return {
      headerHeight: rect('.app-header').height,
      undoTop: rect('.undo-redo button:first-child').top,
      redoTop: rect('.undo-redo button:last-child').top,
      boardOverflow: board ? board.scrollWidth - board.clientWidth : 0,
      widestCardOverflow: Math.max(0, ...cards.map((c) => c.scrollWidth - c.clientWidth)),
      panelCovered: covered,
    };
  })()`);

test('every window size from 800×600 to 2560×1440 keeps the board and the detail panel usable', async ({ app }) => {
  const { page } = app;
  await pickPathOnFirstRun(page, 'MLOps Engineer');
  await page.getByRole('button', { name: '+ Add milestone' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add your own milestone' });
  await dialog.getByLabel('Title').fill(LONG_TITLE);
  await dialog.getByRole('button', { name: 'Add milestone' }).click();
  await expect(page.locator('li[data-milestone-id^="custom-"]')).toBeFocused();
  for (const id of ['python-foundations', 'git-version-control', 'linux-shell']) {
    await page.locator(`li[data-milestone-id="${id}"]`).getByRole('checkbox').click();
  }
  await page.getByRole('button', { name: /Show skipped/ }).click();

  for (const size of SIZES) {
    await page.setViewportSize(size);
    const at = `${size.width}×${size.height}`;
    await page.locator('li[data-milestone-id="linux-shell"]').getByRole('button', { name: /Open details of/ }).click();
    await expect(page.getByRole('dialog', { name: /^Details: / })).toBeVisible();
    const m = await measure(page);
    expect(m.panelCovered, `${at}: points of the detail panel covered by something else`).toBe(0);
    expect(m.boardOverflow, `${at}: the board scrolls sideways`).toBeLessThanOrEqual(0);
    expect(m.widestCardOverflow, `${at}: a card's content runs past its edge`).toBeLessThanOrEqual(0);
    expect(m.undoTop, `${at}: Undo and Redo on different rows`).toBe(m.redoTop);
    if (size.width >= 1024) expect(m.headerHeight, `${at}: the header takes more than one row`).toBeLessThan(70);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: /^Details: / })).toHaveCount(0);
  }
});
