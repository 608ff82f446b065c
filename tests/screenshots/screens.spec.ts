// `npm run screenshots`: PNGs of the main screens for the README and for looking at changes, via the e2e harness.
import { join } from 'node:path';
import { test, expect } from '../support/harness';

const OUT = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

test('path picker', async ({ app }) => {
  await expect(app.page.getByRole('heading', { name: 'Choose your career path' })).toBeVisible();
  await app.page.screenshot({ path: join(OUT, 'picker.png'), fullPage: true });
});

test('MLOps board with some progress', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Choose MLOps Engineer' }).click();
  for (const id of ['python-foundations', 'git-version-control', 'linux-shell']) {
    await page.locator(`[data-milestone-id="${id}"]`).getByRole('checkbox').click();
    await expect(page.getByRole('region', { name: 'Done' }).locator(`[data-milestone-id="${id}"]`)).toBeVisible();
  }
  for (const id of ['cloud-fundamentals', 'docker']) {
    await page.getByRole('button', { name: `Move ${await page.locator(`[data-milestone-id="${id}"]`).getAttribute('aria-label')}` }).click();
    await page.getByRole('menuitem', { name: 'Move to In progress' }).click();
    await expect(page.getByRole('region', { name: 'In progress' }).locator(`[data-milestone-id="${id}"]`)).toBeVisible();
  }
  await page.evaluate(() => document.querySelectorAll('.column-cards').forEach((c) => c.scrollTo(0, 0)));
  await page.screenshot({ path: join(OUT, 'board.png') });
});
