// Answers the "Which path fits me?" questions on screen, one by one, until the result shows. It reads the questions
// from the page, so it does not depend on where the questionnaire's content lives.
import type { Page } from '@playwright/test';

/** `pick(i, count)` chooses the option index for question i (0-based) out of `count` options; the first by default. */
export async function answerQuestionnaire(page: Page, pick: (i: number, count: number) => number = () => 0): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const radios = page.locator('.quiz-card').getByRole('radio');
    await radios.nth(pick(i, await radios.count())).check();
    const finish = page.getByRole('button', { name: 'See my result' });
    if (await finish.isVisible()) return finish.click();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  throw new Error('The questionnaire did not end within 50 questions');
}
