// Keyboard only, from first run to a milestone done, a note written and a report exported; focus is never on <body>.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/harness';

// In-page code is passed as source text: the node-side type check of the e2e specs has no DOM types.

/** What has focus, as a short description for failure messages; "BODY" when nothing does. */
const focused = (page: Page) =>
  page.evaluate<string>(`(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'BODY';
    return el.tagName.toLowerCase() + ' ' + (el.getAttribute('aria-label') ?? el.textContent.trim().slice(0, 40));
  })()`);

/** Whether the focused element matches the selector (and has exactly this text, when given). */
const focusIs = (page: Page, selector: string, text?: string) =>
  page.evaluate<boolean>(`(() => {
    const el = document.activeElement, text = ${JSON.stringify(text ?? null)};
    return !!el && el.matches(${JSON.stringify(selector)}) && (text === null || el.textContent.trim() === text);
  })()`);

const focusInDialog = (page: Page) => page.evaluate<boolean>(`!!document.activeElement?.closest('dialog[open]')`);

/** Presses a key, then waits for focus to settle anywhere but <body>. */
async function press(page: Page, key: string) {
  await page.keyboard.press(key);
  await expect.poll(() => focused(page), { message: `focus after ${key}` }).not.toBe('BODY');
}

/** Tabs (or Shift+Tabs) until the focused element matches the selector (and has this text, when given). */
async function tabTo(page: Page, selector: string, { text, key = 'Tab', limit = 60 }: { text?: string; key?: string; limit?: number } = {}) {
  for (let i = 0; i < limit; i++) {
    if (await focusIs(page, selector, text)) return;
    await press(page, key);
  }
  throw new Error(`${selector} ${text ?? ''} not reached with ${limit} × ${key}; focus is on ${await focused(page)}`);
}

test('first run to a finished milestone, a note and an exported report, without the mouse', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Welcome to Pathboard' })).toBeVisible();

  // The skip link comes first.
  await press(page, 'Tab');
  await expect(page.getByRole('link', { name: 'Skip to the content' })).toBeFocused();

  await tabTo(page, 'button', { text: 'I already know my path' });
  await press(page, 'Enter');
  await expect(page.getByRole('heading', { name: 'Choose your career path' })).toBeVisible();
  await tabTo(page, 'button[aria-label="Choose MLOps Engineer"]');
  await press(page, 'Enter');

  // Choosing a path lands focus on the board, on its first card.
  const first = page.locator('[data-column="todo"] li[data-milestone-id]').first();
  await expect(first).toBeFocused();
  const id = await first.getAttribute('data-milestone-id');
  const card = page.locator(`li[data-milestone-id="${id}"]`);

  // D finishes the focused card; focus follows it into Done.
  await press(page, 'd');
  await expect(page.locator(`[data-column="done"] li[data-milestone-id="${id}"]`)).toBeFocused();

  // Enter opens its details; write a note and close with Escape: focus goes back to the card.
  await press(page, 'Enter');
  await tabTo(page, '.detail-panel textarea');
  await page.keyboard.type('Finished with **the keyboard** only.');
  await press(page, 'Escape');
  await expect(card).toBeFocused();
  await expect.poll(async () => {
    const state = await app.api().getState({});
    return state.ok ? state.data.document.progress[id!]?.notes : undefined;
  }).toBe('Finished with **the keyboard** only.');

  // The skip link and the column keys: 2 jumps to In progress (its first card, or the column when empty).
  await press(page, '2');
  await expect(page.locator('[data-column="in-progress"]').first()).toBeFocused();

  // F6 moves between regions: from the board to the navigation (on the current screen's tab) and on to the toolbar.
  await press(page, 'F6');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Board' })).toBeFocused();
  await press(page, 'F6');
  await expect(page.getByRole('searchbox', { name: 'Search milestones' })).toBeFocused();
  await press(page, 'Shift+F6');

  // Then to Progress, and export an HTML report with notes.
  await tabTo(page, 'nav button', { text: 'Progress' });
  await press(page, 'Enter');
  await expect(page.getByTestId('overall-percent')).toBeVisible();
  await tabTo(page, 'button', { text: 'Export report…' });
  await press(page, 'Enter');
  const dialog = page.getByRole('dialog', { name: 'Export progress report' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /PDF/ })).toBeFocused();

  // Focus stays in the dialog however far the learner tabs.
  for (let i = 0; i < 8; i++) {
    await press(page, 'Tab');
    expect(await focusInDialog(page)).toBe(true);
  }
  await tabTo(page, 'dialog input[value="pdf"]');
  await press(page, 'ArrowDown');
  await expect(dialog.getByRole('radio', { name: /HTML/ })).toBeChecked();
  await tabTo(page, 'dialog input[type="checkbox"]');
  await press(page, 'Space');
  app.dialogAnswers.save = join(app.dir, 'report.html');
  await tabTo(page, 'dialog button[type="submit"]');
  await press(page, 'Enter');
  await expect(page.getByText(/Saved the report to/)).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export report…' })).toBeFocused();
  expect(await readFile(app.dialogAnswers.save, 'utf8')).toContain('the keyboard');
});

test('the questionnaire keeps focus on the answers from question to question', async ({ app }) => {
  const { page } = app;
  await tabTo(page, 'button', { text: 'Take the questionnaire' });
  await press(page, 'Enter');
  await tabTo(page, 'input[type="radio"]');
  await press(page, 'Space');
  await tabTo(page, 'button[type="submit"]');
  await press(page, 'Enter');
  await expect(page.getByText('Question 2 of')).toBeVisible();
  expect(await focusIs(page, 'input[type="radio"]')).toBe(true);
});

test('a dialog keeps focus and hands it back; the board behind does not react to keys', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'I already know my path' }).click();
  await page.getByRole('button', { name: 'Choose MLOps Engineer' }).click();
  const add = page.getByRole('button', { name: '+ Add milestone' });
  await add.focus();
  await press(page, 'Enter');
  const dialog = page.getByRole('dialog', { name: 'Add your own milestone' });
  await expect(dialog.getByLabel('Title')).toBeFocused();
  for (let i = 0; i < 40; i++) {
    await press(page, 'Tab');
    expect(await focusInDialog(page)).toBe(true);
  }
  // The board's column key would move focus to a card behind the dialog; inside a dialog it does nothing.
  await tabTo(page, 'dialog button[type="submit"]');
  await press(page, '1');
  expect(await focusInDialog(page)).toBe(true);
  await press(page, 'Escape');
  await expect(dialog).toHaveCount(0);
  await expect(add).toBeFocused();
});
