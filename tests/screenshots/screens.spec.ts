// `npm run screenshots`: PNGs of the main screens for the README and for looking at changes, via the e2e harness.
// Light at 1280×820 keeps the README's names; dark (-dark) and 1024×768 (-1024) sets follow, then the board at
// 800×600 and 2560×1440 in both themes.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { answerQuestionnaire } from '../support/answerQuestionnaire';
import { test, expect, pickPathOnFirstRun, savedToDisk } from '../support/harness';

const OUT = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

const SETS = [
  { suffix: '', width: 1280, height: 820, scheme: 'light' },
  { suffix: '-dark', width: 1280, height: 820, scheme: 'dark' },
  { suffix: '-1024', width: 1024, height: 768, scheme: 'light' },
  { suffix: '-1024-dark', width: 1024, height: 768, scheme: 'dark' },
] as const;

const SIZES = [
  { suffix: '-800', width: 800, height: 600 },
  { suffix: '-2560', width: 2560, height: 1440 },
] as const;

async function boardWithProgress(page: Page) {
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
  // The hints after a move fade on their own; screenshots are taken without them. A hint comes once its move is saved
  // (the card moves at once, before that), so all are saved first and then dismissed.
  await savedToDisk(page);
  await page.evaluate(() => document.querySelectorAll<HTMLButtonElement>('.toasts button').forEach((b) => b.click()));
  await page.evaluate(() => document.querySelectorAll('.column-cards').forEach((c) => c.scrollTo(0, 0)));
}

for (const set of SETS) {
  test.describe(`${set.width}×${set.height} ${set.scheme}`, () => {
    test.use({ viewport: { width: set.width, height: set.height }, colorScheme: set.scheme });
    const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: join(OUT, `${name}${set.suffix}.png`), fullPage });

    test('welcome, path picker and questionnaire', async ({ app }) => {
      const { page } = app;
      await expect(page.getByRole('heading', { name: 'Welcome to Pathboard' })).toBeVisible();
      await shot(page, 'welcome');
      await page.getByRole('button', { name: 'I already know my path' }).click();
      await expect(page.getByRole('heading', { name: 'Choose your career path' })).toBeVisible();
      await shot(page, 'picker');

      await page.getByRole('button', { name: 'answer a few questions' }).click();
      await page.getByRole('radio').nth(2).check();
      await shot(page, 'questionnaire');
      await answerQuestionnaire(page, (i, count) => i % count);
      await expect(page.getByRole('heading', { name: /best fit/i })).toBeVisible();
      await shot(page, 'questionnaire-result');
    });

    test('MLOps board with some progress, then the comparison', async ({ app }) => {
      const { page } = app;
      await boardWithProgress(page);
      await shot(page, 'board');

      await page.locator('li[data-milestone-id="docker"]').getByRole('button', { name: /Open details of/ }).click();
      const panel = page.getByRole('dialog', { name: /^Details: / });
      await panel.getByRole('group', { name: /Checklist/ }).getByRole('checkbox').first().click();
      await expect(panel.getByRole('group', { name: /Checklist/ }).getByRole('checkbox').first()).toBeChecked();
      await panel.getByRole('textbox', { name: 'Notes' }).fill('Compare **multi-stage builds** with a plain image.\n\n- keep images small\n- pin versions');
      await panel.getByRole('button', { name: 'Preview' }).click();
      // The notes renderer loads on demand: the picture shows the rendered notes, not "Loading notes…".
      await expect(panel.locator('strong', { hasText: 'multi-stage builds' })).toBeVisible();
      await shot(page, 'board-details');
      await panel.getByRole('button', { name: 'Close details' }).click();

      // A portfolio project: its brief, a ticked rubric criterion, and where to learn it with cost, date and part.
      await page.locator('li[data-milestone-id="ci-container-project"]').getByRole('button', { name: /Open details of/ }).click();
      const rubric = panel.getByRole('group', { name: /^Rubric/ });
      await rubric.getByRole('checkbox').first().click();
      await expect(rubric.getByRole('checkbox').first()).toBeChecked();
      await shot(page, 'board-project');
      await panel.getByRole('heading', { name: 'Where to learn it' }).scrollIntoViewIfNeeded();
      await shot(page, 'board-project-resources');
      await panel.getByRole('button', { name: 'Close details' }).click();

      await page.getByRole('checkbox', { name: 'Group by phase' }).check();
      await shot(page, 'board-by-phase');
      await page.getByRole('checkbox', { name: 'Group by phase' }).uncheck();
      await page.getByRole('checkbox', { name: 'Compact cards' }).check();
      await shot(page, 'board-compact');
      await page.getByRole('checkbox', { name: 'Compact cards' }).uncheck();
      await page.getByRole('button', { name: /Show skipped/ }).click();
      await shot(page, 'board-skipped');
      await page.getByRole('button', { name: /Hide skipped/ }).click();

      await page.getByRole('button', { name: '+ Add milestone' }).click();
      await page.getByRole('dialog', { name: 'Add your own milestone' }).getByRole('button', { name: 'Add milestone' }).click();
      await shot(page, 'custom-milestone');
      await page.keyboard.press('Escape');

      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('button', { name: 'Plan', exact: true }).click();
      await page.getByRole('textbox', { name: 'Hours per week' }).fill('10');
      await page.getByLabel('Goal date (optional)').fill(`${new Date().getFullYear() + 1}-06-30`);
      await expect(page.getByTestId('projected-finish')).toBeVisible();
      await shot(page, 'plan', true);

      await nav.getByRole('button', { name: 'Progress', exact: true }).click();
      await expect(page.getByTestId('overall-percent')).toBeVisible();
      await shot(page, 'progress', true);
      await page.getByRole('button', { name: 'Export report…' }).click();
      await expect(page.getByRole('dialog', { name: 'Export progress report' })).toBeVisible();
      await shot(page, 'export');
      await page.keyboard.press('Escape');

      await nav.getByRole('button', { name: 'Compare paths' }).click();
      await expect(page.getByRole('table')).toBeVisible();
      await shot(page, 'compare');
      await page.locator('.compare-scroll').evaluate((el) => el.scrollTo(0, 900));
      await shot(page, 'compare-scrolled');
    });
  });
}

for (const size of SIZES) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${size.width}×${size.height} ${scheme}`, () => {
      test.use({ viewport: { width: size.width, height: size.height }, colorScheme: scheme });
      const name = (n: string) => join(OUT, `${n}${size.suffix}${scheme === 'dark' ? '-dark' : ''}.png`);

      test('board, its details and the progress screen', async ({ app }) => {
        const { page } = app;
        await boardWithProgress(page);
        await page.screenshot({ path: name('board') });
        await page.locator('li[data-milestone-id="docker"]').getByRole('button', { name: /Open details of/ }).click();
        await expect(page.getByRole('dialog', { name: /^Details: / })).toBeVisible();
        await page.screenshot({ path: name('board-details') });
        await page.keyboard.press('Escape');
        await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Progress', exact: true }).click();
        await expect(page.getByTestId('overall-percent')).toBeVisible();
        await page.screenshot({ path: name('progress') });
      });
    });
  }
}
