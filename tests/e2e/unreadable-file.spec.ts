import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../support/harness';

test('a broken data file is moved aside, unchanged, and the user is told where it went', async ({ app }) => {
  const broken = '{"schemaVersion":1,"activePathId":"mlops-engi';
  await writeFile(app.dataFile, broken);
  await app.restart();
  const alert = app.page.getByRole('alert');
  await expect(alert).toContainText('could not read your data file');
  const aside = (await readdir(app.dir)).find((f) => f.startsWith('pathboard.corrupt-'));
  expect(aside).toBeDefined();
  await expect(alert).toContainText(aside!);
  expect(await readFile(join(app.dir, aside!), 'utf8')).toBe(broken);
  await expect(app.page.getByRole('heading', { name: 'Welcome to Pathboard' })).toBeVisible();
});
