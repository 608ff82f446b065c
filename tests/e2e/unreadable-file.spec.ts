import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../support/harness';

test('a broken data file is moved aside, unchanged, and the user is told where it went', async ({ app }) => {
  const broken = '{"schemaVersion":1,"activePathId":"mlops-engi';
  await writeFile(app.dataFile, broken);
  await app.restart();
  // A warning that stays until dismissed: a polite status (only errors are alerts).
  const notice = app.page.getByRole('status').filter({ hasText: 'could not read your data file' });
  await expect(notice).toBeVisible();
  const aside = (await readdir(app.dir)).find((f) => f.startsWith('pathboard.corrupt-'));
  expect(aside).toBeDefined();
  await expect(notice).toContainText(aside!);
  expect(await readFile(join(app.dir, aside!), 'utf8')).toBe(broken);
  await expect(app.page.getByRole('heading', { name: 'Welcome to Pathboard' })).toBeVisible();
});
