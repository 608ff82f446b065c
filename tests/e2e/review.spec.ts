// Spaced review through the real renderer and service: a finished milestone becomes prompts, keys 1–4 answer them, the
// header's due count follows, and a restart keeps the FSRS schedule that is on disk.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, pickPathOnFirstRun, ROADMAPS_DIR, savedToDisk } from '../support/harness';
import { readDataFile } from '../support/dataFile';

// A Monday morning: "Again", "Hard" and "Good" bring a new prompt back minutes later, still today, so only "Easy"
// takes it off today's list (the clocks run on from here; the day does not end during the test).
test.use({ startAt: '2026-03-02T09:00:00' });

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const reviewTab = (page: Page, due: number) => nav(page).getByRole('button', { name: due > 0 ? `Review ${due} due` : 'Review', exact: true });

async function pythonChecklist(): Promise<{ title: string; prompts: string[] }> {
  const roadmap = JSON.parse(await readFile(`${ROADMAPS_DIR}/mlops-engineer.json`, 'utf8')) as {
    milestones: Array<{ id: string; title: string; checklist: string[]; doneWhen: string }>;
  };
  const m = roadmap.milestones.find((x) => x.id === 'python-foundations')!;
  // Card ids are `<milestone>:<step>` and `<milestone>:done-when`: with equal due times, that is the order they come in.
  return { title: m.title, prompts: [...m.checklist.map((s) => `${m.title}: ${s}`), `${m.title}, done when: ${m.doneWhen}`] };
}

const reviewOnDisk = async (file: string) => (await readDataFile(file)).review;

test('a finished milestone becomes review prompts, keys 1–4 answer them, the header counts what is due, and a restart keeps the schedule', async ({ app }) => {
  const { page } = app;
  const { title, prompts } = await pythonChecklist();
  await pickPathOnFirstRun(page, 'MLOps Engineer');
  await page.locator('li[data-milestone-id="python-foundations"]').getByRole('checkbox').click();
  await expect(page.getByRole('region', { name: 'Done', exact: true }).locator('li[data-milestone-id="python-foundations"]')).toBeVisible();
  await expect(reviewTab(page, 0)).toBeVisible();

  await reviewTab(page, 0).click();
  await expect(page.getByText('Nothing to review yet: add a finished milestone below.')).toBeVisible();
  // Only finished milestones can become prompts.
  await expect(page.getByRole('button', { name: 'Add Use Git for version control to review' })).toHaveCount(0);
  await page.getByRole('button', { name: `Add ${title} to review` }).click();

  const total = prompts.length;
  await expect(reviewTab(page, total)).toBeVisible();
  await expect(page.getByText(`${total} due today`)).toBeVisible();
  const prompt = page.locator('.review-prompt');
  await expect(prompt).toHaveText(prompts[0]!);

  // 1 = Again: back in a minute, so still due today, now behind the others.
  await page.keyboard.press('1');
  await expect(prompt).toHaveText(prompts[1]!);
  await expect(reviewTab(page, total)).toBeVisible();
  // 4 = Easy: days away, so off today's list and the header counts one fewer.
  await page.keyboard.press('4');
  await expect(prompt).toHaveText(prompts[2]!);
  await expect(reviewTab(page, total - 1)).toBeVisible();
  await expect(page.getByText(`${total - 1} due today`)).toBeVisible();
  // 3 = Good and 2 = Hard on a new prompt: minutes away, still today.
  await page.keyboard.press('3');
  await expect(prompt).toHaveText(prompts[3]!);
  await page.keyboard.press('2');
  await expect(prompt).toHaveText(prompts[4]!);
  await expect(reviewTab(page, total - 1)).toBeVisible();

  // Every answer is on disk with the rating it was given, and the Easy card is scheduled days ahead.
  await savedToDisk(page);
  const saved = await reviewOnDisk(app.dataFile);
  expect(saved.log.map((e) => [e.cardId, e.rating])).toEqual([
    ['python-foundations:0', 1],
    ['python-foundations:1', 4],
    ['python-foundations:2', 3],
    ['python-foundations:3', 2],
  ]);
  const easy = saved.cards['python-foundations:1']!;
  expect(Date.parse(easy.due) - Date.parse('2026-03-02T09:00:00')).toBeGreaterThan(2 * 86_400_000);
  expect(easy.reps).toBe(1);
  expect(easy.addedAt.startsWith(new Date('2026-03-02T09:00:00').toISOString().slice(0, 13))).toBe(true);

  await app.restart();
  await expect(reviewTab(page, total - 1)).toBeVisible();
  expect(await reviewOnDisk(app.dataFile)).toEqual(saved);
  await reviewTab(page, total - 1).click();
  // The order comes from the saved due times: the untouched prompts first, then those answered minutes ago.
  await expect(prompt).toHaveText(prompts[4]!);
  await expect(page.getByRole('term').filter({ hasText: 'Answers in the last 30 days' }).locator('+ dd')).toHaveText('4');
  await page.keyboard.press('4');
  await expect(reviewTab(page, total - 2)).toBeVisible();

  // The progress report carries the retention figures.
  await nav(page).getByRole('button', { name: 'Progress', exact: true }).click();
  app.dialogAnswers.save = join(app.dir, 'report.md');
  await page.getByRole('button', { name: 'Export report…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export progress report' });
  await dialog.getByRole('radio', { name: /Markdown/ }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the report to' })).toBeVisible();
  const report = await readFile(app.dialogAnswers.save, 'utf8');
  expect(report).toContain('## Spaced review');
  expect(report).toContain(`${total} review prompts, ${total - 2} due today, 5 answers in the last 30 days.`);
});
