import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from '@playwright/test';
import { test, expect, pickPathOnFirstRun } from '../support/harness';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => pdf.getPage(i + 1)));
  const texts = await Promise.all(pages.map(async (p) => (await p.getTextContent()).items.map((it) => ('str' in it ? it.str : '')).join(' ')));
  return texts.join('\n');
}

test('the HTML report prints to a PDF that names the path and a completed milestone', async ({ app, browser }) => {
  await pickPathOnFirstRun(app.page, 'MLOps Engineer');
  await app.page.locator('li[data-milestone-id="docker"]').getByRole('checkbox').click();
  await expect(app.page.getByRole('region', { name: 'Done', exact: true }).locator('li[data-milestone-id="docker"]')).toBeVisible();

  const html = await app.api().renderReport({ format: 'html', includeNotes: false });
  if (!html.ok) throw new Error(html.error.message);
  const printer = await browser.newPage();
  // The report must render with scripts off and no network: it is self-contained.
  await printer.route('**/*', (route) => route.abort());
  await printer.setContent(html.data.content);
  const pdf = await printer.pdf({ format: 'A4', printBackground: true });
  await printer.close();

  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = await pdfText(new Uint8Array(pdf));
  expect(text).toContain('MLOps Engineer');
  expect(text).toContain('Containerize with Docker');
});

test('export, back up, change, restore: the learner sees each step and gets their data back', async ({ app }) => {
  const { page } = app;
  await pickPathOnFirstRun(page, 'MLOps Engineer');
  await page.locator('li[data-milestone-id="docker"]').getByRole('checkbox').click();
  await expect(page.getByRole('region', { name: 'Done', exact: true }).locator('li[data-milestone-id="docker"]')).toBeVisible();
  await nav(page, 'Progress');

  app.dialogAnswers.save = join(app.dir, 'my-report.md');
  await page.getByRole('button', { name: 'Export report…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export progress report' });
  await dialog.getByRole('radio', { name: /Markdown/ }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the report to' })).toContainText('my-report.md');
  expect(await readFile(app.dialogAnswers.save, 'utf8')).toContain('Containerize with Docker');

  app.dialogAnswers.save = join(app.dir, 'backup.json');
  await page.getByRole('button', { name: 'Back up data…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved a backup' })).toBeVisible();
  const backup = await readFile(app.dialogAnswers.save, 'utf8');

  await nav(page, 'Board');
  await page.locator('li[data-milestone-id="docker"]').getByRole('checkbox').click();
  await expect(page.getByRole('region', { name: 'To do', exact: true }).locator('li[data-milestone-id="docker"]')).toBeVisible();

  await nav(page, 'Progress');
  app.dialogAnswers.open = join(app.dir, 'backup.json');
  await page.getByRole('button', { name: 'Restore…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore from backup?' });
  await expect(confirm.getByRole('row', { name: /In the backup/ })).toContainText('MLOps Engineer');
  await expect(confirm.getByRole('row', { name: /Now \(will be replaced\)/ })).toBeVisible();
  await confirm.getByRole('button', { name: 'Replace my data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored your data' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Done', exact: true }).locator('li[data-milestone-id="docker"]')).toBeVisible();
  expect(JSON.parse(await readFile(app.dataFile, 'utf8'))).toEqual(JSON.parse(backup));
  expect((await readdir(app.dir)).some((f) => f.startsWith('pathboard.before-restore-'))).toBe(true);
});

test('a broken backup gets a clear message and changes nothing', async ({ app }) => {
  const { page } = app;
  await pickPathOnFirstRun(page, 'MLOps Engineer');
  await expect(page.getByRole('region', { name: 'To do', exact: true })).toBeVisible();
  const before = await readFile(app.dataFile);
  app.dialogAnswers.open = join(app.dir, 'nope.json');
  await writeFile(app.dialogAnswers.open, '{"schemaVersion": 99}');
  await nav(page, 'Progress');
  await page.getByRole('button', { name: 'Restore…' }).click();
  await expect(page.getByRole('alert')).toContainText('newer Pathboard');
  await expect(page.getByRole('dialog', { name: 'Restore from backup?' })).toHaveCount(0);
  expect(await readFile(app.dataFile)).toEqual(before);
});
