import { test, expect, pickPathOnFirstRun } from '../support/harness';
import type { Page } from '@playwright/test';

const card = (page: Page, id: string) => page.locator(`li[data-milestone-id="${id}"]`);
const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test('a working session: drag, keyboard move, checklist, notes, custom milestone, undo, and all of it survives a restart', async ({ app }) => {
  const { page } = app;
  await pickPathOnFirstRun(page, 'MLOps Engineer');

  // Drag Docker to Done with the mouse.
  const docker = card(page, 'docker');
  const doneColumn = column(page, 'Done');
  // Cards use content-visibility, so cards above Docker change height as they scroll into view: hover() waits until
  // Docker stops moving before the pointer goes down on it.
  await docker.locator('.card-summary').hover({ position: { x: 20, y: 5 } });
  const from = (await docker.locator('.card-summary').boundingBox())!;
  const to = (await doneColumn.boundingBox())!;
  await page.mouse.down();
  await page.mouse.move(from.x + 60, from.y + 30, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 15 });
  await page.mouse.up();
  await expect(doneColumn.locator('li[data-milestone-id="docker"]')).toBeVisible();

  // Move Kubernetes to In progress with the keyboard only: focus the card, pick it up, arrow right, drop.
  const kubernetes = card(page, 'kubernetes');
  await expect(page.locator('.drag-preview')).toHaveCount(0);
  await kubernetes.focus();
  await expect(kubernetes).toBeFocused();
  await page.keyboard.press('Space');
  // dnd-kit's live region tells screen-reader users what is happening; wait on it as they would.
  await expect(page.getByText(/^Orchestrate workloads with Kubernetes is over To do\.$/)).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/is over In progress\.$/)).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText(/was dropped in In progress\.$/)).toBeAttached();
  await expect(column(page, 'In progress').locator('li[data-milestone-id="kubernetes"]')).toBeVisible();
  // And the single-key shortcut: I moves the focused card to In progress.
  await card(page, 'linux-shell').focus();
  await page.keyboard.press('i');
  await expect(column(page, 'In progress').locator('li[data-milestone-id="linux-shell"]')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'before its prerequisites' })).toHaveCount(0);

  // Open Kubernetes and tick two checklist steps, then write a note.
  await card(page, 'kubernetes').focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: /^Details: / });
  await expect(panel).toBeVisible();
  const steps = panel.getByRole('group', { name: /Checklist/ }).getByRole('checkbox');
  await steps.nth(0).click();
  await expect(steps.nth(0)).toBeChecked();
  await expect(card(page, 'kubernetes')).toContainText('1/');
  await steps.nth(1).click();
  await expect(steps.nth(1)).toBeChecked();
  await expect(card(page, 'kubernetes')).toContainText('2/');
  await panel.getByRole('textbox', { name: 'Notes' }).fill('Use **kind** for a local cluster.');
  await panel.getByRole('button', { name: 'Preview' }).click();
  await expect(panel.getByLabel(/Notes on/).locator('strong')).toHaveText('kind');
  await panel.getByRole('button', { name: 'Close details' }).click();

  // Add a custom milestone.
  await page.getByRole('button', { name: '+ Add milestone' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add your own milestone' });
  await dialog.getByLabel('Title').fill('Write a blog post about my pipeline');
  await dialog.getByLabel('Estimate (hours)').fill('5');
  await dialog.getByLabel('Checklist steps (one per line)').fill('Draft\nPublish');
  await dialog.getByRole('button', { name: 'Add milestone' }).click();
  const custom = page.locator('li[data-milestone-id^="custom-"]');
  await expect(custom).toHaveCount(1);
  await expect(custom).toContainText('Custom');
  // One milestone (Docker) is done out of the required built-in ones plus the new custom one; optional ones the
  // learner has not added to their plan do not count.
  const builtIn = await page
    .locator('li[data-milestone-id]:not([data-milestone-id^="custom-"])')
    .filter({ hasNot: page.locator('.badge', { hasText: /^Optional$/ }) })
    .count();
  await expect(page.getByRole('progressbar', { name: 'MLOps Engineer progress' })).toHaveAttribute(
    'aria-valuenow',
    String(Math.floor(100 / (builtIn + 1))),
  );

  // Undo the last two actions: the custom milestone and the note go; the ticks stay.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+z');
  await expect(custom).toHaveCount(0);
  await page.getByRole('button', { name: /^Undo: Edit notes on/ }).click();
  await expect(page.getByRole('button', { name: /^Undo: Update the checklist/ })).toBeVisible();

  await app.restart();
  await expect(column(page, 'Done').locator('li[data-milestone-id="docker"]')).toBeVisible();
  await expect(column(page, 'In progress').locator('li[data-milestone-id="kubernetes"]')).toBeVisible();
  await expect(card(page, 'kubernetes')).toContainText('2/');
  await expect(page.locator('li[data-milestone-id^="custom-"]')).toHaveCount(0);
  await card(page, 'kubernetes').getByRole('button', { name: /Open details of/ }).click();
  await expect(page.getByRole('dialog', { name: /^Details: / }).getByText('No notes yet.')).toHaveCount(0);
  await expect(page.getByRole('dialog', { name: /^Details: / }).getByRole('textbox', { name: 'Notes' })).toHaveValue('');
  // Redo is kept across the restart too.
  await expect(page.getByRole('button', { name: /^Redo: Edit notes on/ })).toBeEnabled();
});

test('a portfolio project shows its brief and rubric, and rubric ticks survive a restart', async ({ app }) => {
  const { page } = app;
  await pickPathOnFirstRun(page, 'MLOps Engineer');
  await card(page, 'ci-container-project').getByRole('button', { name: /Open details of/ }).click();
  const panel = page.getByRole('dialog', { name: 'Details: Project: a containerized service with CI' });
  const brief = panel.getByRole('region', { name: 'Project brief' });
  await expect(brief.getByText('What to build')).toBeVisible();
  await expect(brief.getByText('What to hand in')).toBeVisible();
  await expect(panel.getByRole('link', { name: 'GitHub Actions documentation' }).locator('..')).toContainText(/Free · checked \d{4}-\d\d-\d\d/);
  await expect(panel.getByText(/^Do this part: /)).toBeVisible();
  const rubric = panel.getByRole('group', { name: /^Rubric/ });
  await expect(rubric).toHaveAccessibleName('Rubric (0/4 met)');
  await rubric.getByRole('checkbox', { name: 'CI runs the tests on every push and pull request' }).click();
  await expect(rubric).toHaveAccessibleName('Rubric (1/4 met)');
  await expect(page.getByRole('button', { name: /^Undo: Update the rubric of/ })).toBeVisible();

  await app.restart();
  await card(page, 'ci-container-project').getByRole('button', { name: /Open details of/ }).click();
  const after = page.getByRole('dialog', { name: /^Details: / }).getByRole('group', { name: /^Rubric/ });
  await expect(after).toHaveAccessibleName('Rubric (1/4 met)');
  await expect(after.getByRole('checkbox', { name: 'CI runs the tests on every push and pull request' })).toBeChecked();
});

test('search and filters narrow the board and "clear filters" brings everything back', async ({ app }) => {
  const { page } = app;
  await pickPathOnFirstRun(page, 'MLOps Engineer');
  const todoCount = () => column(page, 'To do').locator('li[data-milestone-id]').count();
  await expect(card(page, 'kubernetes')).toBeVisible();
  const all = await todoCount();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search milestones' })).toBeFocused();
  await page.keyboard.type('kubernetes');
  await expect.poll(todoCount).toBeLessThan(all);
  await expect(card(page, 'kubernetes')).toBeVisible();
  await page.getByLabel('Filter by kind').selectOption('project');
  await expect(card(page, 'kubernetes')).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(todoCount).toBe(all);
  await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
});

test('bad input in the custom milestone form gets a message at the field and saves nothing', async ({ app }) => {
  const { page } = app;
  await pickPathOnFirstRun(page, 'MLOps Engineer');
  await page.getByRole('button', { name: '+ Add milestone' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add your own milestone' });
  await dialog.getByLabel('Estimate (hours)').fill('-3');
  await dialog.getByRole('button', { name: 'Add milestone' }).click();
  await expect(dialog.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('Give the milestone a title.')).toBeVisible();
  await expect(dialog.getByText('The estimate must be more than 0 hours.')).toBeVisible();
  await dialog.getByLabel('Estimate (hours)').fill('lots');
  await dialog.getByRole('button', { name: 'Add milestone' }).click();
  await expect(dialog.getByText('Enter the estimate as a number of hours.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  const doc = await app.api().getState({});
  expect(doc.ok && doc.data.document.customMilestones).toEqual([]);
});

test('reset asks first, clears the path, and can be undone', async ({ app }) => {
  const { page } = app;
  await pickPathOnFirstRun(page, 'MLOps Engineer');
  await card(page, 'docker').getByRole('checkbox').click();
  await expect(column(page, 'Done').locator('li[data-milestone-id="docker"]')).toBeVisible();
  await page.getByRole('button', { name: 'Reset…' }).click();
  await page.getByRole('dialog', { name: 'Reset MLOps Engineer progress?' }).getByRole('button', { name: 'Reset progress' }).click();
  await expect(column(page, 'Done').locator('li[data-milestone-id]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo: Reset MLOps Engineer progress' }).click();
  await expect(column(page, 'Done').locator('li[data-milestone-id="docker"]')).toBeVisible();
});

test('the shortcuts overlay opens with ? and lists the keys', async ({ app }) => {
  const { page } = app;
  await pickPathOnFirstRun(page, 'MLOps Engineer');
  await expect(column(page, 'To do')).toBeVisible();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Mark the focused card done');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
});
