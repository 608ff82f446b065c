// The real app in the real Electron binary. Runs wherever `npm install` could download Electron; elsewhere it skips and says why.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { pickPathOnFirstRun } from '../support/harness';

// Read electron's path.txt rather than require('electron'), which would try to download a missing binary.
function electronBinary(): { path: string } | { reason: string } {
  const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return { reason: 'the Electron binary was not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD, or no network)' };
  const path = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(path) ? { path } : { reason: `the Electron binary is missing at ${path}` };
}

const binary = electronBinary();
if ('reason' in binary) console.log(`Skipping the real-app Electron test: ${binary.reason}.`);

test('the real app starts, checks a milestone off and keeps it across a restart', async () => {
  test.skip('reason' in binary, 'reason' in binary ? binary.reason : '');
  const executablePath = (binary as { path: string }).path;
  const userData = await mkdtemp(join(tmpdir(), 'pathboard-electron-'));
  const launch = () =>
    electron.launch({
      executablePath,
      args: [resolve(import.meta.dirname, '..', '..')],
      env: { ...process.env, PATHBOARD_USER_DATA: userData },
    });
  try {
    let app = await launch();
    let page = await app.firstWindow();
    await pickPathOnFirstRun(page, 'MLOps Engineer');
    await page.locator('[data-milestone-id="docker"]').getByRole('checkbox').click();
    await expect(page.getByRole('region', { name: 'Done' }).locator('[data-milestone-id="docker"]')).toBeVisible();
    await app.close();

    app = await launch();
    page = await app.firstWindow();
    await expect(page.getByRole('region', { name: 'Done' }).locator('[data-milestone-id="docker"]')).toBeVisible();
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    await app.close();
  } finally {
    await rm(userData, { recursive: true, force: true });
  }
});
