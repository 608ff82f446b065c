// `npm run screenshots`: PNGs of the main screens for the README and for looking at changes, via the e2e harness.
import { join } from 'node:path';
import { QUESTIONS } from '../../src/shared/questionnaire';
import { test, expect, pickPathOnFirstRun } from '../support/harness';

const OUT = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

test('welcome, path picker and questionnaire', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Welcome to Pathboard' })).toBeVisible();
  await page.screenshot({ path: join(OUT, 'welcome.png') });
  await page.getByRole('button', { name: 'I already know my path' }).click();
  await expect(page.getByRole('heading', { name: 'Choose your career path' })).toBeVisible();
  await page.screenshot({ path: join(OUT, 'picker.png') });

  await page.getByRole('button', { name: 'answer a few questions' }).click();
  await page.getByRole('radio').nth(2).check();
  await page.screenshot({ path: join(OUT, 'questionnaire.png') });
  for (const [i, q] of QUESTIONS.entries()) {
    await page.getByRole('group', { name: q.prompt }).getByRole('radio').nth(i % q.options.length).check();
    await page.getByRole('button', { name: i === QUESTIONS.length - 1 ? 'See my result' : 'Next' }).click();
  }
  await expect(page.getByRole('heading', { name: /Your best fit/ })).toBeVisible();
  await page.screenshot({ path: join(OUT, 'questionnaire-result.png') });
});

test('MLOps board with some progress, then the comparison', async ({ app }) => {
  const { page } = app;
  await pickPathOnFirstRun(page, 'MLOps Engineer');
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

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Compare paths' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await page.screenshot({ path: join(OUT, 'compare.png') });
});
