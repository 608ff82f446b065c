// The synced data folder through the real renderer and service: another device's change landing while the app is open,
// both sides changed, and a sync tool's conflict copy merged milestone by milestone.
import { readdir, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, pickPathOnFirstRun, savedToDisk } from '../support/harness';
import type { UserDocument } from '../../src/shared/document';
import { applyStatus } from '../../src/shared/progress';
import { updateProgress } from '../../src/shared/mutations';
import { NOTES_JOINER } from '../../src/shared/merge';
import { readDataFile } from '../support/dataFile';

test.use({ startAt: '2026-03-02T09:00:00' });

const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const inColumn = (page: Page, name: string, id: string) => column(page, name).locator(`li[data-milestone-id="${id}"]`);
/** A notice from the main process, whichever live region the renderer draws it in (a warning stays until dismissed). */
const noticeSaying = (page: Page, text: string) => page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: text });
const onDisk = readDataFile;

/** Another device's version arriving the way sync tools write it: a temp file renamed over the data file. */
async function arriveFromOtherDevice(dataFile: string, doc: UserDocument): Promise<void> {
  const temp = join(dirname(dataFile), `.syncthing.${basename(dataFile)}.tmp`);
  await writeFile(temp, `${JSON.stringify(doc, null, 2)}\n`);
  await rename(temp, dataFile);
}

/** The learner's start: the MLOps path chosen and on disk, and the watcher given time to settle. */
async function startOnMlops(page: Page, dataFile: string): Promise<UserDocument> {
  await pickPathOnFirstRun(page, 'MLOps Engineer');
  await expect(column(page, 'To do')).toBeVisible();
  await expect.poll(async () => (await onDisk(dataFile).catch(() => null))?.activePathId).toBe('mlops-engineer');
  await page.waitForTimeout(300);
  return onDisk(dataFile);
}

test.describe('with the data file watched', () => {
  test.use({ watchDataFile: { debounceMs: 100 } });

  test('another device\'s change landing while the app is open reloads the board, with a notice', async ({ app }) => {
    const { page } = app;
    const mine = await startOnMlops(page, app.dataFile);
    await expect(inColumn(page, 'To do', 'docker')).toBeVisible();

    const theirs = applyStatus(applyStatus(mine, 'docker', 'done', new Date('2026-03-02T10:00:00')), 'kubernetes', 'in-progress', new Date('2026-03-02T10:05:00'));
    await arriveFromOtherDevice(app.dataFile, theirs);

    await expect(inColumn(page, 'Done', 'docker')).toBeVisible();
    await expect(inColumn(page, 'In progress', 'kubernetes')).toBeVisible();
    await expect(noticeSaying(page, 'Your data changed on another device')).toContainText(
      `Pathboard loaded that version of ${app.dataFile}`,
    );
    // Nothing was kept aside: there was nothing here to lose.
    expect((await readdir(app.dir)).filter((n) => n.includes('conflict'))).toEqual([]);

    // The next change here builds on the other device's version.
    await page.locator('li[data-milestone-id="git-version-control"]').getByRole('checkbox').click();
    await expect(inColumn(page, 'Done', 'git-version-control')).toBeVisible();
    await expect
      .poll(async () => {
        const doc = await onDisk(app.dataFile);
        return ['docker', 'kubernetes', 'git-version-control'].map((id) => doc.progress[id]?.status);
      })
      .toEqual(['done', 'in-progress', 'done']);
  });
});

test.describe('with the data file watched, and a slower watcher', () => {
  // Long enough that the local change and the other device's file both land before the watcher looks.
  test.use({ watchDataFile: { debounceMs: 1500 } });

  test('when both changed, both are kept, the notice says so, and the kept copy merges back through the UI', async ({ app }) => {
    const { page } = app;
    const common = await startOnMlops(page, app.dataFile);

    // Here: Docker done. There, from the same starting point: Kubernetes started.
    await page.locator('li[data-milestone-id="docker"]').getByRole('checkbox').click();
    await expect(inColumn(page, 'Done', 'docker')).toBeVisible();
    await savedToDisk(page);
    expect((await onDisk(app.dataFile)).progress['docker']?.status).toBe('done');
    await arriveFromOtherDevice(app.dataFile, applyStatus(common, 'kubernetes', 'in-progress', new Date('2026-03-02T10:00:00')));

    const notice = noticeSaying(page, 'while this one also had changes');
    await expect(notice).toContainText("Pathboard loaded the other device's version");
    await expect(notice).toContainText("kept this computer's version in");
    // The board shows the other device's version; this computer's is in the copy the notice names.
    await expect(inColumn(page, 'In progress', 'kubernetes')).toBeVisible();
    await expect(inColumn(page, 'To do', 'docker')).toBeVisible();
    const kept = (await readdir(app.dir)).filter((n) => n.startsWith('pathboard-conflict-') && n.endsWith('.json'));
    expect(kept).toHaveLength(1);
    await expect(notice).toContainText(kept[0]!);
    expect((await onDisk(join(app.dir, kept[0]!))).progress['docker']?.status).toBe('done');

    // The kept copy is offered, and merging it brings Docker back beside Kubernetes.
    const offer = page.getByRole('region', { name: 'Copies from your sync tool' });
    await expect(offer).toContainText(kept[0]!);
    await offer.getByRole('button', { name: `Merge progress from ${kept[0]}` }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Merged the copy' })).toContainText('1 milestone taken from the copy');
    await expect(inColumn(page, 'Done', 'docker')).toBeVisible();
    await expect(inColumn(page, 'In progress', 'kubernetes')).toBeVisible();
    await expect(offer).toHaveCount(0);
    const merged = await onDisk(app.dataFile);
    expect([merged.progress['docker']?.status, merged.progress['kubernetes']?.status]).toEqual(['done', 'in-progress']);
  });

  test('another device\'s version landing just before a save here is kept aside, never written over, and the window is told', async ({ app }) => {
    const { page } = app;
    const common = await startOnMlops(page, app.dataFile);
    // Theirs lands; this window saves before the watcher has looked at it.
    await arriveFromOtherDevice(app.dataFile, applyStatus(common, 'kubernetes', 'in-progress', new Date('2026-03-02T10:00:00')));
    await page.locator('li[data-milestone-id="docker"]').getByRole('checkbox').click();
    await expect(inColumn(page, 'Done', 'docker')).toBeVisible();

    const notice = noticeSaying(page, 'was changed by another program or device');
    await expect(notice).toContainText('That version was kept, unchanged, as');
    const kept = (await readdir(app.dir)).filter((n) => n.startsWith('pathboard-conflict-other-device-'));
    expect(kept).toHaveLength(1);
    expect((await onDisk(join(app.dir, kept[0]!))).progress['kubernetes']?.status).toBe('in-progress');
    // This window's save is the data file now; the other device's change comes back with a merge.
    await page.getByRole('region', { name: 'Copies from your sync tool' }).getByRole('button', { name: `Merge progress from ${kept[0]}` }).click();
    await expect(inColumn(page, 'In progress', 'kubernetes')).toBeVisible();
    await expect(inColumn(page, 'Done', 'docker')).toBeVisible();
  });
});

test('a sync tool\'s conflict copy beside the data file is offered and merged milestone by milestone, notes from both, and undo takes it back', async ({ app }) => {
  const { page } = app;
  const common = await startOnMlops(page, app.dataFile);
  // This computer: Docker done at 9:00 with a note.
  await page.locator('li[data-milestone-id="docker"]').focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: /^Details: / });
  await panel.getByRole('textbox', { name: 'Notes' }).fill('Here: multi-stage builds');
  await panel.getByRole('button', { name: 'Close details' }).click();
  await page.locator('li[data-milestone-id="docker"]').getByRole('checkbox').click();
  await expect(inColumn(page, 'Done', 'docker')).toBeVisible();
  await expect.poll(async () => (await onDisk(app.dataFile)).progress['docker']).toMatchObject({ status: 'done', notes: 'Here: multi-stage builds' });
  const before = await onDisk(app.dataFile);

  // The laptop: Docker only started (at 8:00, earlier), with its own note; Kubernetes done later (at 10:00).
  let laptop = applyStatus(common, 'docker', 'in-progress', new Date('2026-03-02T08:00:00'));
  laptop = updateProgress(laptop, 'docker', { notes: 'There: compose files' });
  laptop = applyStatus(laptop, 'kubernetes', 'done', new Date('2026-03-02T10:00:00'));
  const name = 'pathboard.sync-conflict-20260302-100000-LAPTOP1.json';
  await writeFile(join(app.dir, name), JSON.stringify(laptop));
  // Found when the app starts (or after a change from disk); a reload is the simplest start.
  await page.reload();

  const offer = page.getByRole('region', { name: 'Copies from your sync tool' });
  await expect(offer).toContainText(`${name} — 1 done, 1 in progress`);
  await offer.getByRole('button', { name: `Merge progress from ${name}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Merged the copy' })).toContainText('1 milestone taken from the copy, notes of 1 kept from both');
  // Docker: this computer changed it last, so it stays done; Kubernetes: the laptop's later change wins.
  await expect(inColumn(page, 'Done', 'docker')).toBeVisible();
  await expect(inColumn(page, 'Done', 'kubernetes')).toBeVisible();
  const merged = await onDisk(app.dataFile);
  expect(merged.progress['docker']).toMatchObject({ status: 'done', notes: `Here: multi-stage builds${NOTES_JOINER}There: compose files` });
  expect(merged.progress['kubernetes']?.status).toBe('done');
  // The copy is kept under a name that is not offered again.
  const files = await readdir(app.dir);
  expect(files).not.toContain(name);
  expect(files.filter((n) => n.startsWith('pathboard.sync-conflict-20260302-100000-LAPTOP1.merged-'))).toHaveLength(1);
  await expect(offer).toHaveCount(0);

  await page.getByRole('button', { name: /^Undo: Merge progress from/ }).click();
  await expect(inColumn(page, 'To do', 'kubernetes')).toBeVisible();
  await expect.poll(async () => (await onDisk(app.dataFile)).progress).toEqual(before.progress);
});
