// axe on every screen and dialog, in light and dark: no serious or critical violations (contrast included).
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { answerQuestionnaire } from '../support/answerQuestionnaire';
import { test, expect } from '../support/harness';

/** Runs axe on the page, or only on the open modal dialog (the page behind it is inert and checked on its own). */
async function expectNoSeriousViolations(page: Page, screen: string, { dialogOnly = false } = {}) {
  let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (dialogOnly) axe = axe.include('dialog[open]');
  const { violations } = await axe.analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
  expect(serious, `axe on ${screen}`).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    // axe on a full board takes several seconds on a shared two-core machine.
    test.setTimeout(90_000);

    test('first-run screens: welcome, compare, questionnaire and its result', async ({ app }) => {
      const { page } = app;
      await expect(page.getByRole('heading', { name: 'Welcome to Pathboard' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expectNoSeriousViolations(page, 'welcome');

      await page.getByRole('button', { name: 'Compare the paths' }).click();
      await expect(page.getByRole('table')).toBeVisible();
      await expectNoSeriousViolations(page, 'compare');

      await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Which path fits me?' }).click();
      await page.getByRole('radio').first().check();
      await expectNoSeriousViolations(page, 'questionnaire');
      await answerQuestionnaire(page);
      await expect(page.getByRole('heading', { name: /best fit/i })).toBeVisible();
      await expectNoSeriousViolations(page, 'questionnaire result');
    });

    test('board with details and its dialogs', async ({ app }) => {
      const { page } = app;
      await page.getByRole('button', { name: 'I already know my path' }).click();
      await expectNoSeriousViolations(page, 'path picker');
      await page.getByRole('button', { name: 'Choose MLOps Engineer' }).click();
      await page.locator('li[data-milestone-id="python-foundations"]').getByRole('checkbox').click();
      await page.locator('li[data-milestone-id="docker"]').getByRole('button', { name: /Open details of/ }).click();
      await expect(page.getByRole('dialog', { name: 'Details: Containerize with Docker' })).toBeVisible();
      await expectNoSeriousViolations(page, 'board with the detail panel');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: '+ Add milestone' }).click();
      const add = page.getByRole('dialog', { name: 'Add your own milestone' });
      await add.getByRole('button', { name: 'Add milestone' }).click();
      await expect(add.getByText('Give the milestone a title.')).toBeVisible();
      await expectNoSeriousViolations(page, 'add milestone dialog with errors', { dialogOnly: true });
      await add.getByLabel('Title').fill('Write about my pipeline');
      await add.getByRole('button', { name: 'Add milestone' }).click();
      await page.locator('li[data-milestone-id^="custom-"]').getByRole('button', { name: /Open details of/ }).click();
      await page.getByRole('button', { name: 'Delete milestone' }).click();
      await expect(page.getByRole('dialog', { name: 'Delete this milestone?' })).toBeVisible();
      await expectNoSeriousViolations(page, 'delete dialog', { dialogOnly: true });
      await page.getByRole('button', { name: 'Cancel' }).click();

      await page.getByRole('button', { name: 'Reset…' }).click();
      await expectNoSeriousViolations(page, 'reset dialog', { dialogOnly: true });
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      await expectNoSeriousViolations(page, 'shortcuts dialog', { dialogOnly: true });
      await page.keyboard.press('Escape');
    });

    test('plan, progress, and the export, backup and restore dialogs', async ({ app }) => {
      const { page } = app;
      await page.getByRole('button', { name: 'I already know my path' }).click();
      await page.getByRole('button', { name: 'Choose MLOps Engineer' }).click();
      await page.locator('li[data-milestone-id="python-foundations"]').getByRole('checkbox').click();
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('button', { name: 'Plan', exact: true }).click();
      await expect(page.getByTestId('projected-finish')).toBeVisible();
      await expectNoSeriousViolations(page, 'plan');
      await nav.getByRole('button', { name: 'Progress', exact: true }).click();
      await expect(page.getByTestId('overall-percent')).toBeVisible();
      await expectNoSeriousViolations(page, 'progress');

      await page.getByRole('button', { name: 'Export report…' }).click();
      await expectNoSeriousViolations(page, 'export dialog', { dialogOnly: true });
      await page.keyboard.press('Escape');
      app.dialogAnswers.save = join(app.dir, 'backup.json');
      await page.getByRole('button', { name: 'Back up data…' }).click();
      await expect(page.getByText(/Saved a backup/)).toBeVisible();
      app.dialogAnswers.open = join(app.dir, 'backup.json');
      await page.getByRole('button', { name: 'Restore…' }).click();
      await expect(page.getByRole('dialog', { name: 'Restore from backup?' })).toBeVisible();
      await expectNoSeriousViolations(page, 'restore dialog', { dialogOnly: true });
    });
  });
}
