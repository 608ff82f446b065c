// `npm run screenshots`: PNGs of the main screens for the README and for looking at changes, via the e2e harness.
import { join } from 'node:path';
import { QUESTIONS } from '../support/questionnaireFile';
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

  await page.locator('li[data-milestone-id="docker"]').getByRole('button', { name: /Open details of/ }).click();
  const panel = page.getByRole('dialog', { name: /^Details: / });
  await panel.getByRole('group', { name: /Checklist/ }).getByRole('checkbox').first().click();
  await expect(panel.getByRole('group', { name: /Checklist/ }).getByRole('checkbox').first()).toBeChecked();
  await panel.getByRole('textbox', { name: 'Notes' }).fill('Compare **multi-stage builds** with a plain image.\n\n- keep images small\n- pin versions');
  await panel.getByRole('button', { name: 'Preview' }).click();
  await page.screenshot({ path: join(OUT, 'board-details.png') });
  await panel.getByRole('button', { name: 'Close details' }).click();

  await page.getByRole('checkbox', { name: 'Group by phase' }).check();
  await page.screenshot({ path: join(OUT, 'board-by-phase.png') });
  await page.getByRole('checkbox', { name: 'Group by phase' }).uncheck();

  await page.getByRole('button', { name: '+ Add milestone' }).click();
  await page.getByRole('dialog', { name: 'Add your own milestone' }).getByRole('button', { name: 'Add milestone' }).click();
  await page.screenshot({ path: join(OUT, 'custom-milestone.png') });
  await page.keyboard.press('Escape');

  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: 'Plan', exact: true }).click();
  await page.getByRole('textbox', { name: 'Hours per week' }).fill('10');
  await page.getByLabel('Goal date (optional)').fill(`${new Date().getFullYear() + 1}-06-30`);
  await expect(page.getByTestId('projected-finish')).toBeVisible();
  await page.screenshot({ path: join(OUT, 'plan.png'), fullPage: true });

  await nav.getByRole('button', { name: 'Progress', exact: true }).click();
  await expect(page.getByTestId('overall-percent')).toBeVisible();
  await page.screenshot({ path: join(OUT, 'progress.png'), fullPage: true });
  await page.getByRole('button', { name: 'Export report…' }).click();
  await expect(page.getByRole('dialog', { name: 'Export progress report' })).toBeVisible();
  await page.screenshot({ path: join(OUT, 'export.png') });
  await page.keyboard.press('Escape');

  await nav.getByRole('button', { name: 'Compare paths' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await page.screenshot({ path: join(OUT, 'compare.png') });
});
