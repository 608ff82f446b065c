// The real app in the real Electron binary: the core journey from first launch to a relaunch that finds everything
// still there. Runs wherever `npm install` could download Electron (CI on Linux, under xvfb); elsewhere it skips and
// says why, unless PATHBOARD_REQUIRE_ELECTRON=1 (set in CI), where a missing binary is a failure.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
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
const required = process.env['PATHBOARD_REQUIRE_ELECTRON'] === '1';
if ('reason' in binary && !required) console.log(`Skipping the real-app Electron test: ${binary.reason}.`);

const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const card = (page: Page, id: string) => page.locator(`li[data-milestone-id="${id}"]`);
const NOTE = 'Practise with **kind** before the cloud.';

/** Opens a milestone's details from the keyboard, as the board tests do. */
async function openDetails(page: Page, id: string) {
  await card(page, id).focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: /^Details: / });
  await expect(panel).toBeVisible();
  return panel;
}

/** Makes the next native save dialog answer `filePath`, inside the main process. */
async function answerNextSaveDialog(app: ElectronApplication, filePath: string) {
  await app.evaluate(({ dialog }, path) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
  }, filePath);
}

test('the real app: choose a path, check a milestone off, write a note, export a report, quit, relaunch, all still there', async () => {
  test.skip('reason' in binary && !required, 'reason' in binary ? binary.reason : '');
  if ('reason' in binary) throw new Error(`PATHBOARD_REQUIRE_ELECTRON=1 but ${binary.reason}`);
  test.setTimeout(120_000);
  const executablePath = binary.path;
  const userData = await mkdtemp(join(tmpdir(), 'pathboard-electron-'));
  const reportFile = join(userData, 'my-progress.md');
  // The built app, not a dev server: the page must come from app://.
  const { ELECTRON_RENDERER_URL: _devServer, ...inherited } = process.env;
  const env = { ...inherited, PATHBOARD_USER_DATA: userData };
  const launch = () => electron.launch({ executablePath, args: [resolve(import.meta.dirname, '..', '..')], env });
  try {
    let app = await launch();
    let page = await app.firstWindow();
    // Served by the app:// handler, with the policy as a response header, and no Node in the page.
    expect(page.url()).toBe('app://pathboard/index.html');
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    const served = await page.evaluate(async () => {
      const own = await fetch('app://pathboard/index.html');
      const escape = await fetch('app://pathboard/..%2fmain%2findex.js');
      return { own: own.status, csp: own.headers.get('content-security-policy'), escape: escape.status };
    });
    expect(served).toEqual({ own: 200, csp: expect.stringContaining("frame-ancestors 'none'"), escape: 403 });

    await pickPathOnFirstRun(page, 'MLOps Engineer');
    await card(page, 'docker').getByRole('checkbox').click();
    await expect(column(page, 'Done').locator('li[data-milestone-id="docker"]')).toBeVisible();

    const panel = await openDetails(page, 'kubernetes');
    await panel.getByRole('textbox', { name: 'Notes' }).fill(NOTE);
    await panel.getByRole('button', { name: 'Preview' }).click();
    await expect(panel.getByLabel(/Notes on/).locator('strong')).toHaveText('kind');
    await panel.getByRole('button', { name: 'Close details' }).click();

    await answerNextSaveDialog(app, reportFile);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Progress', exact: true }).click();
    await page.getByRole('button', { name: 'Export report…' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export progress report' });
    await exportDialog.getByRole('radio', { name: /Markdown/ }).check();
    await exportDialog.getByRole('button', { name: 'Export…' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved the report to' })).toContainText('my-progress.md');
    const report = await readFile(reportFile, 'utf8');
    expect(report).toContain('MLOps Engineer');
    expect(report).toContain('Containerize with Docker');

    await app.close();
    expect(existsSync(join(userData, 'pathboard.json'))).toBe(true);
    expect(existsSync(join(userData, 'window-state.json'))).toBe(true);

    app = await launch();
    page = await app.firstWindow();
    await expect(page.getByRole('progressbar', { name: 'MLOps Engineer progress' })).toBeVisible();
    await expect(column(page, 'Done').locator('li[data-milestone-id="docker"]')).toBeVisible();
    const again = await openDetails(page, 'kubernetes');
    await expect(again.getByLabel(/Notes on/).locator('strong')).toHaveText('kind');
    await again.getByRole('button', { name: 'Write' }).click();
    await expect(again.getByRole('textbox', { name: 'Notes' })).toHaveValue(NOTE);
    await app.close();
  } finally {
    await rm(userData, { recursive: true, force: true });
  }
});
