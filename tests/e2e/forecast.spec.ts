import type { Page } from '@playwright/test';
import { test, expect, pickPathOnFirstRun } from '../support/harness';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();

test('hours logged on three milestones give an evidence line and a fan, and hours per week move the dates', async ({ app }) => {
  const { page } = app;
  await pickPathOnFirstRun(page, 'MLOps Engineer');
  await nav(page, 'Plan');
  await expect(page.getByTestId('forecast-evidence')).toContainText('No finished milestones with hours yet');

  for (const milestoneId of ['python-foundations', 'git-version-control', 'linux-shell']) {
    expect((await app.api().setMilestoneStatus({ milestoneId, status: 'done' })).ok).toBe(true);
    await app.api().updateProgress({ milestoneId, changes: { hoursSpent: 30 } });
  }
  await app.restart();
  await nav(page, 'Plan');
  await expect(page.getByTestId('forecast-evidence')).toContainText(/Based on 3 finished milestones with hours logged/);
  await expect(page.getByTestId('forecast-fan')).toBeVisible();

  const hours = page.getByRole('textbox', { name: 'Hours per week' });
  await hours.fill('8');
  const median8 = await page.getByTestId('forecast-median').textContent();
  const p85At8 = await page.getByTestId('forecast-p85').textContent();
  await hours.fill('3');
  await expect(page.getByTestId('forecast-median')).not.toHaveText(median8!);
  await expect(page.getByTestId('forecast-p85')).not.toHaveText(p85At8!);
});
