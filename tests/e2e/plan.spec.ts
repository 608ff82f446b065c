import type { Page } from '@playwright/test';
import { test, expect, pickPathOnFirstRun } from '../support/harness';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();

const finishDay = async (page: Page) =>
  Date.parse((await page.getByTestId('projected-finish').textContent())!);

test('hours per week move the finish date, progress updates the dashboard and this week, and settings persist', async ({ app }) => {
  const { page } = app;
  await pickPathOnFirstRun(page, 'MLOps Engineer');
  await nav(page, 'Plan');
  const hours = page.getByRole('textbox', { name: 'Hours per week' });
  await hours.fill('8');
  await expect(page.getByTestId('projected-finish')).toBeVisible();
  const at8 = await finishDay(page);
  await hours.fill('16');
  await expect.poll(() => finishDay(page)).toBeLessThan(at8);
  const at16 = await finishDay(page);
  // Twice the hours, about half the span.
  const today = Date.parse(new Date().toISOString().slice(0, 10));
  expect(Math.abs((at8 - today) / (at16 - today) - 2)).toBeLessThan(0.1);

  const week = page.getByRole('list', { name: "This week's milestones" });
  const firstThisWeek = await week.getByRole('listitem').first().textContent();

  await nav(page, 'Progress');
  await expect(page.getByTestId('overall-percent')).toHaveText('0%');
  await expect(page.getByText('The chart appears once you have finished a milestone.')).toBeVisible();

  await nav(page, 'Board');
  await page.locator('li[data-milestone-id="python-foundations"]').getByRole('checkbox').click();
  await expect(page.getByRole('region', { name: 'Done', exact: true }).locator('li[data-milestone-id="python-foundations"]')).toBeVisible();

  await nav(page, 'Progress');
  await expect(page.getByTestId('overall-percent')).not.toHaveText('0%');
  await expect(page.getByRole('img', { name: /Burn-up: \d+ of \d+ estimated hours done/ })).toBeVisible();
  await page.getByText('Show the data as a table').click();
  await expect(page.getByRole('table').getByRole('row')).not.toHaveCount(1);
  await expect(page.getByRole('progressbar', { name: 'Foundations progress' })).not.toHaveAttribute('aria-valuenow', '0');

  await nav(page, 'Plan');
  await expect(week.getByRole('listitem').first()).not.toHaveText(firstThisWeek!);

  await app.restart();
  await nav(page, 'Plan');
  await expect(page.getByRole('textbox', { name: 'Hours per week' })).toHaveValue('16');
  expect(await finishDay(page)).toBeLessThanOrEqual(at16);
});

test('bad study settings get a message at the field and nothing is saved', async ({ app }) => {
  const { page } = app;
  await pickPathOnFirstRun(page, 'MLOps Engineer');
  await nav(page, 'Plan');
  const hours = page.getByRole('textbox', { name: 'Hours per week' });
  for (const bad of ['0', '-4', 'lots', '113']) {
    await hours.fill(bad);
    await expect(hours).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert')).toBeVisible();
  }
  await hours.fill('10');
  for (const day of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']) await page.getByRole('checkbox', { name: day }).uncheck();
  await expect(page.getByText('Pick at least one day', { exact: false })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Sat' }).check();
  await page.getByLabel('Goal date (optional)').fill('2020-01-01');
  await expect(page.getByLabel('Goal date (optional)')).toHaveAttribute('aria-invalid', 'true');
  await page.waitForTimeout(600);
  const state = await app.api().getState({});
  expect(state.ok && state.data.document.study?.goalDates).toEqual(state.ok && state.data.document.study ? {} : undefined);
  const refused = await app.api().saveStudySettings({ hoursPerWeek: 0, weekdays: [0], startDate: '2026-01-01', goalDate: null });
  expect(refused.ok).toBe(false);
});
