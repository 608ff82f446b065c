// The calendar (.ics) and spreadsheet (CSV) exports through the export dialog, read back with other people's parsers:
// ical.js for the calendar, papaparse for the CSV.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { test, expect, pickPathOnFirstRun, ROADMAPS_DIR } from '../support/harness';
import { readDataFile } from '../support/dataFile';

// Monday 2 March 2026, so the plan's days fall on known dates.
test.use({ startAt: '2026-03-02T09:00:00' });

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();

interface RoadmapFile {
  milestones: Array<{ id: string; title: string; estimateHours: number }>;
}

async function finishOnBoard(page: Page, id: string): Promise<void> {
  await page.locator(`li[data-milestone-id="${id}"]`).getByRole('checkbox').click();
  await expect(page.getByRole('region', { name: 'Done', exact: true }).locator(`li[data-milestone-id="${id}"]`)).toBeVisible();
}

async function openExport(page: Page, format: RegExp): Promise<ReturnType<Page['getByRole']>> {
  await nav(page, 'Progress');
  await page.getByRole('button', { name: 'Export report…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export progress report' });
  await dialog.getByRole('radio', { name: format }).check();
  return dialog;
}

test('the 4-week calendar has one event per study day, at the chosen time, naming the milestones, with the plan\'s hours', async ({ app }) => {
  const { page } = app;
  const roadmap = JSON.parse(await readFile(join(ROADMAPS_DIR, 'mlops-engineer.json'), 'utf8')) as RoadmapFile;
  const titleOf = (id: string) => roadmap.milestones.find((m) => m.id === id)!.title;
  const hoursOf = (id: string) => roadmap.milestones.find((m) => m.id === id)!.estimateHours;
  await pickPathOnFirstRun(page, 'MLOps Engineer');
  await finishOnBoard(page, 'python-foundations');

  // The plan: 9 hours a week on Tuesday, Thursday and Saturday (3 hours a session), from Wednesday 4 March.
  await nav(page, 'Plan');
  const settings = page.getByRole('form', { name: 'Study settings' });
  await settings.getByRole('textbox', { name: 'Hours per week' }).fill('9');
  for (const day of ['Mon', 'Wed', 'Fri']) await settings.getByRole('checkbox', { name: day }).uncheck();
  await settings.getByRole('checkbox', { name: 'Sat' }).check();
  await settings.getByLabel('Start date').fill('2026-03-04');
  await expect
    .poll(async () => (await readDataFile(app.dataFile)).study)
    .toMatchObject({ hoursPerWeek: 9, weekdays: [1, 3, 5], startDate: '2026-03-04' });

  app.dialogAnswers.save = join(app.dir, 'study.ics');
  const dialog = await openExport(page, /Calendar/);
  await dialog.getByRole('radio', { name: '4 weeks' }).check();
  await dialog.getByLabel('Each session starts at').fill('07:30');
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'study sessions as a calendar' })).toContainText('Saved 12 study sessions');

  const calendar = new ICAL.Component(ICAL.parse(await readFile(app.dialogAnswers.save, 'utf8')));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  // Tuesday, Thursday and Saturday in the four weeks from 4 March (4 March up to 31 March).
  const days = ['03-05', '03-07', '03-10', '03-12', '03-14', '03-17', '03-19', '03-21', '03-24', '03-26', '03-28', '03-31'].map((d) => `2026-${d}`);
  expect(events.map((e) => e.startDate.toString())).toEqual(days.map((d) => `${d}T07:30:00`));
  // Floating local times: 07:30 wherever the calendar is opened.
  expect(events.every((e) => e.startDate.zone?.tzid === 'floating')).toBe(true);
  expect(events.map((e) => e.duration.toSeconds())).toEqual(days.map(() => 3 * 3600));
  expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);

  // The remaining milestones in prerequisite order, 3 hours a session: the sessions must name them in that order.
  const order = ['git-version-control', 'linux-shell', 'automated-testing', 'docker'];
  const expected: Array<Array<[string, number]>> = [];
  const queue = order.map((id) => ({ id, left: hoursOf(id) }));
  for (let s = 0; s < days.length; s++) {
    const items: Array<[string, number]> = [];
    for (let budget = 3; budget > 0; ) {
      const next = queue[0]!;
      const hours = Math.min(budget, next.left);
      items.push([next.id, hours]);
      budget -= hours;
      next.left -= hours;
      if (next.left === 0) queue.shift();
    }
    expected.push(items);
  }
  expect(events.map((e) => e.summary)).toEqual(expected.map((items) => `Study: ${items.map(([id]) => titleOf(id)).join(', ')}`));
  for (const [i, e] of events.entries()) {
    for (const [id, hours] of expected[i]!) expect(e.description).toContain(`${titleOf(id)}: ${hours} h`);
    expect(e.description).toContain('MLOps Engineer — 3 h of study.');
  }
  // Finished milestones are not studied again.
  expect(events.some((e) => e.summary.includes(titleOf('python-foundations')))).toBe(false);
});

test('the CSV export round-trips notes with commas, quotes and line breaks, and has a header row', async ({ app }) => {
  const { page } = app;
  await pickPathOnFirstRun(page, 'MLOps Engineer');
  await finishOnBoard(page, 'docker');
  const notes: Record<string, string> = {
    docker: 'Multi-stage builds, "distroless" images\nSecond line, with a comma\n\nand a blank line before it',
    kubernetes: '- kind, k3d or "minikube"?\n- naïve café ☕, then ""double"" quotes',
  };
  for (const [id, text] of Object.entries(notes)) {
    await page.locator(`li[data-milestone-id="${id}"]`).focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: /^Details: / });
    await panel.getByRole('textbox', { name: 'Notes' }).fill(text);
    await panel.getByRole('button', { name: 'Close details' }).click();
  }
  await expect
    .poll(async () => {
      const doc = await readDataFile(app.dataFile);
      return [doc.progress['docker']?.notes, doc.progress['kubernetes']?.notes];
    })
    .toEqual([notes['docker'], notes['kubernetes']]);

  app.dialogAnswers.save = join(app.dir, 'milestones.csv');
  const dialog = await openExport(page, /Spreadsheet \(CSV\)/);
  await dialog.getByRole('checkbox', { name: 'Include my notes' }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the milestones as a spreadsheet' })).toContainText('milestones.csv');

  const bytes = await readFile(app.dialogAnswers.save);
  // UTF-8 with a byte-order mark, so spreadsheet programs read the accents right.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text).toContain('\r\n');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([
    'Phase',
    'Milestone id',
    'Milestone',
    'Own milestone',
    'Status',
    'Started',
    'Completed',
    'Target date',
    'Hours spent',
    'Estimate (hours)',
    'Evidence',
    'Notes',
  ]);
  const byId = new Map(parsed.data.map((row) => [row['Milestone id'], row]));
  const roadmap = JSON.parse(await readFile(join(ROADMAPS_DIR, 'mlops-engineer.json'), 'utf8')) as RoadmapFile;
  expect(parsed.data).toHaveLength(roadmap.milestones.length);
  expect(byId.get('docker')).toMatchObject({ Status: 'done', Completed: '2026-03-02', Notes: notes['docker'], 'Estimate (hours)': String(roadmap.milestones.find((m) => m.id === 'docker')!.estimateHours) });
  expect(byId.get('kubernetes')).toMatchObject({ Status: 'todo', Completed: '', Notes: notes['kubernetes'] });
  expect(byId.get('git-version-control')).toMatchObject({ Notes: '', Milestone: 'Use Git for version control' });
});
