import { readFile } from 'node:fs/promises';
import { test, expect, pickPathOnFirstRun, savedToDisk } from '../support/harness';

test('choose MLOps, see the roadmap in order, check Docker off, and find it still done after a restart', async ({ app }) => {
  const { page } = app;
  await pickPathOnFirstRun(page, 'MLOps Engineer');
  const todo = page.getByRole('region', { name: 'To do' });
  await expect(todo.getByRole('listitem').first()).toBeVisible();

  const order = await todo.getByRole('listitem').evaluateAll((items) => items.map((li) => (li as unknown as { getAttribute(name: string): string | null }).getAttribute('data-milestone-id')));
  const at = (id: string) => order.indexOf(id);
  for (const id of ['docker', 'kubernetes', 'cicd-for-ml', 'drift-monitoring', 'retrain-redeploy-pipeline']) expect(at(id), id).toBeGreaterThanOrEqual(0);
  expect(at('docker')).toBeLessThan(at('kubernetes'));
  expect(at('kubernetes')).toBeLessThan(at('cicd-for-ml'));
  // Monitoring is learned before the central retrain-and-redeploy project, which uses both it and CI/CD for ML.
  expect(at('drift-monitoring')).toBeLessThan(at('retrain-redeploy-pipeline'));
  expect(at('cicd-for-ml')).toBeLessThan(at('retrain-redeploy-pipeline'));

  const docker = page.locator('[data-milestone-id="docker"]');
  const dockerTitle = await docker.getAttribute('aria-label');
  await docker.getByRole('checkbox').click();
  const done = page.getByRole('region', { name: 'Done' });
  await expect(done.getByRole('listitem', { name: dockerTitle! })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'MLOps Engineer progress' })).not.toHaveAttribute('aria-valuenow', '0');

  await savedToDisk(page);
  const saved = JSON.parse(await readFile(app.dataFile, 'utf8'));
  expect(saved.progress.docker.status).toBe('done');

  await app.restart();
  await expect(page.getByRole('region', { name: 'Done' }).getByRole('listitem', { name: dockerTitle! })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'MLOps Engineer' })).toBeVisible();
});

test('moves a card to In progress from its menu with the keyboard only', async ({ app }) => {
  const { page } = app;
  await pickPathOnFirstRun(page, 'MLOps Engineer');
  const kubernetes = page.locator('[data-milestone-id="kubernetes"]');
  const title = (await kubernetes.getAttribute('aria-label'))!;
  await page.getByRole('button', { name: `Move ${title}` }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toBeVisible();
  // Focus starts on the first column the card is not in; arrows move through the items.
  await expect(page.getByRole('menuitem', { name: 'Move to In progress' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Move to Done' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'In progress' }).getByRole('listitem', { name: title })).toBeVisible();
});

test('switching paths keeps shared progress', async ({ app }) => {
  const { page } = app;
  await pickPathOnFirstRun(page, 'MLOps Engineer');
  await page.locator('[data-milestone-id="python-foundations"]').getByRole('checkbox').click();
  await page.getByRole('button', { name: 'Change path' }).click();
  await page.getByRole('button', { name: 'Choose Data Scientist' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data Scientist' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Done' }).locator('[data-milestone-id="python-foundations"]')).toBeVisible();
});
