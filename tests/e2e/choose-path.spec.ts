import { QUESTIONS } from '../support/questionnaireFile';
import { test, expect, pickPathOnFirstRun } from '../support/harness';

/** For each question, the option that gives `pathId` the most points: the answers of someone made for that path. */
const answersFavouring = (pathId: string) =>
  QUESTIONS.map((q) => {
    const best = [...q.options].sort((a, b) => (b.points[pathId]?.score ?? 0) - (a.points[pathId]?.score ?? 0))[0]!;
    return { prompt: q.prompt, label: best.label };
  });

test('first run: welcome, questionnaire, choose the top path, land on its board; later runs open the board', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Welcome to Pathboard' })).toBeVisible();
  await page.getByRole('button', { name: 'Take the questionnaire' }).click();

  const answers = answersFavouring('data-scientist');
  for (const [i, { prompt, label }] of answers.entries()) {
    await expect(page.getByText(`Question ${i + 1} of ${answers.length}`)).toBeVisible();
    const group = page.getByRole('group', { name: prompt });
    await group.getByRole('radio', { name: label, exact: true }).check();
    await page.getByRole('button', { name: i === answers.length - 1 ? 'See my result' : 'Next' }).click();
  }

  await expect(page.getByRole('heading', { name: 'Your best fit: Data Scientist' })).toBeVisible();
  const ranking = page.getByRole('list', { name: 'Paths ranked by fit' });
  const places = ranking.locator(':scope > li');
  await expect(places).toHaveCount(4);
  await expect(places.first()).toHaveAccessibleName('Data Scientist');
  await places.first().getByRole('button', { name: 'Choose Data Scientist' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Data Scientist' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'To do' })).toBeVisible();

  await app.restart();
  await expect(page.getByRole('region', { name: 'To do' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Data Scientist' })).toBeVisible();

  // The answers persist: the questionnaire shows the saved result, and can be retaken.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Which path fits me?' }).click();
  await expect(page.getByRole('heading', { name: 'Your best fit: Data Scientist' })).toBeVisible();
  await page.getByRole('button', { name: 'Retake the questionnaire' }).click();
  await expect(page.getByText(`Question 1 of ${answers.length}`)).toBeVisible();
});

test('the questionnaire can rank MLOps first for someone who loves infrastructure and automation', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Take the questionnaire' }).click();
  const answers = answersFavouring('mlops-engineer');
  for (const [i, { prompt, label }] of answers.entries()) {
    await page.getByRole('group', { name: prompt }).getByRole('radio', { name: label, exact: true }).check();
    await page.getByRole('button', { name: i === answers.length - 1 ? 'See my result' : 'Next' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Your best fit: MLOps Engineer' })).toBeVisible();
});

test('compare shows all four roles and the head start earned through a shared milestone', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Compare the paths' }).click();
  const table = page.getByRole('table');
  for (const role of ['Machine Learning Engineer', 'Data Scientist', 'MLOps Engineer', 'AI + Blockchain Engineer']) {
    await expect(table.getByRole('columnheader', { name: new RegExp(role.replace('+', '\\+')) })).toBeVisible();
    await expect(page.getByRole('progressbar', { name: `Head start on ${role}` })).toHaveAttribute('aria-valuenow', '0');
  }
  for (const row of ['What they do', 'Responsibilities', 'Skills', 'Success is measured by', 'Day to day', 'Choose this if']) {
    await expect(table.getByRole('rowheader', { name: row })).toBeVisible();
  }

  await table.getByRole('button', { name: 'Choose MLOps Engineer' }).click();
  await page.locator('[data-milestone-id="python-foundations"]').getByRole('checkbox').click();
  await expect(page.getByRole('region', { name: 'Done' }).locator('[data-milestone-id="python-foundations"]')).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Compare paths' }).click();
  for (const role of ['Machine Learning Engineer', 'Data Scientist', 'MLOps Engineer', 'AI + Blockchain Engineer']) {
    await expect(page.getByRole('progressbar', { name: `Head start on ${role}` })).not.toHaveAttribute('aria-valuenow', '0');
  }
  await expect(page.getByRole('progressbar', { name: 'Head start on Data Scientist' }).locator('..')).toContainText('1 of');
});

test('"I already know my path" goes straight to the list of paths', async ({ app }) => {
  await pickPathOnFirstRun(app.page, 'AI + Blockchain Engineer');
  await expect(app.page.getByRole('heading', { level: 1, name: 'AI + Blockchain Engineer' })).toBeVisible();
});
