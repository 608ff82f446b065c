import { describe, expect, it } from 'vitest';
import { emptyDocument, UserDocumentSchema, type UserDocument } from '../../../src/shared/document';
import { applyStatus } from '../../../src/shared/progress';
import { ReviewError, addToReview, answerReview, dueCards, removeFromReview, retentionFigures, reviewPrompts } from '../../../src/shared/review';
import { milestone } from '../../support/roadmapFixtures';

const docker = milestone('docker', [], { title: 'Docker', checklist: ['Write a Dockerfile', 'Use multi-stage builds'], doneWhen: 'An image of your app runs anywhere.' });
const t0 = new Date('2026-06-01T09:00:00Z');
const at = (days: number, hours = 0) => new Date(t0.getTime() + days * 86_400_000 + hours * 3_600_000);
const done = (): UserDocument => applyStatus(emptyDocument(), 'docker', 'done', t0);

describe('reviewPrompts', () => {
  it('makes one prompt per checklist step and one for "done when"', () => {
    expect(reviewPrompts(docker)).toEqual([
      { cardId: 'docker:0', prompt: 'Docker: Write a Dockerfile' },
      { cardId: 'docker:1', prompt: 'Docker: Use multi-stage builds' },
      { cardId: 'docker:done-when', prompt: 'Docker, done when: An image of your app runs anywhere.' },
    ]);
  });
});

describe('addToReview', () => {
  it('adds new cards due now for a done milestone, and validates', () => {
    const doc = addToReview(done(), docker, t0);
    expect(Object.keys(doc.review.cards)).toEqual(['docker:0', 'docker:1', 'docker:done-when']);
    expect(dueCards(doc.review, t0)).toHaveLength(3);
    expect(UserDocumentSchema.safeParse(doc).success).toBe(true);
  });

  it('refuses a milestone that is not done, and keeps existing cards with their schedule', () => {
    expect(() => addToReview(emptyDocument(), docker, t0)).toThrow(ReviewError);
    const once = answerReview(addToReview(done(), docker, t0), 'docker:0', 3, t0);
    expect(addToReview(once, docker, at(1))).toBe(once);
  });
});

describe('answerReview', () => {
  it('schedules with FSRS: easy goes further out than good, good further than hard, again comes back today', () => {
    const doc = addToReview(done(), docker, t0);
    const due = (rating: 1 | 2 | 3 | 4) => Date.parse(answerReview(doc, 'docker:0', rating, t0).review.cards['docker:0']!.due);
    expect(due(1)).toBeLessThan(due(2));
    expect(due(2)).toBeLessThanOrEqual(due(3));
    expect(due(3)).toBeLessThan(due(4));
    expect(due(1) - t0.getTime()).toBeLessThan(86_400_000);
    expect(due(4) - t0.getTime()).toBeGreaterThanOrEqual(86_400_000);
  });

  it('moves a well-known card out of today and logs every answer', () => {
    let doc = addToReview(done(), docker, t0);
    doc = answerReview(doc, 'docker:0', 4, t0);
    expect(dueCards(doc.review, t0).map((d) => d.id)).toEqual(['docker:1', 'docker:done-when']);
    expect(doc.review.log).toEqual([{ cardId: 'docker:0', at: t0.toISOString(), rating: 4, state: 0 }]);
    expect(doc.review.cards['docker:0']).toMatchObject({ reps: 1, state: 2, lastReview: t0.toISOString() });
    expect(UserDocumentSchema.safeParse(doc).success).toBe(true);
  });

  it('refuses a card that is not there', () => {
    expect(() => answerReview(done(), 'docker:0', 3, t0)).toThrow(/no longer there/);
  });
});

describe('removeFromReview and retentionFigures', () => {
  it('removes only that milestone\'s cards and keeps the log', () => {
    let doc = addToReview(done(), docker, t0);
    doc = answerReview(doc, 'docker:0', 3, t0);
    const removed = removeFromReview(doc, 'docker');
    expect(removed.review.cards).toEqual({});
    expect(removed.review.log).toEqual(doc.review.log);
    expect(removeFromReview(removed, 'docker')).toBe(removed);
  });

  it('counts retention over answers to cards in review in the last 30 days, and FSRS predicted recall', () => {
    let doc = addToReview(done(), docker, t0);
    expect(retentionFigures(doc.review, t0)).toEqual({ cards: 3, due: 3, answers30: 0, retention30: null, predictedRecall: null });
    for (const id of ['docker:0', 'docker:1', 'docker:done-when']) doc = answerReview(doc, id, 4, t0);
    // Later, once each is due: two remembered, one forgotten.
    const later = at(40);
    doc = answerReview(doc, 'docker:0', 3, later);
    doc = answerReview(doc, 'docker:1', 3, later);
    doc = answerReview(doc, 'docker:done-when', 1, later);
    const figures = retentionFigures(doc.review, later);
    expect(figures).toMatchObject({ cards: 3, answers30: 3, retention30: 66 });
    expect(figures.predictedRecall).toBeGreaterThan(80);
    expect(figures.predictedRecall).toBeLessThanOrEqual(100);
  });
});

describe('the report', () => {
  it('lists the retention figures once there are review prompts, and not before', async () => {
    const { renderReport } = await import('../../../src/shared/report');
    const { pathView } = await import('../../../src/shared/pathView');
    const { roadmap } = await import('../../support/roadmapFixtures');
    const view = pathView(roadmap('p', [docker]), emptyDocument());
    expect(renderReport(view, done(), '2026-06-01', 'md', { includeNotes: false }).content).not.toContain('Spaced review');
    const doc = answerReview(addToReview(done(), docker, t0), 'docker:0', 4, t0);
    const md = renderReport(view, doc, '2026-06-01', 'md', { includeNotes: false }).content;
    expect(md).toContain('## Spaced review\n\n3 review prompts, 2 due today, 1 answers in the last 30 days.\n\nRemembered in the last 30 days: —.');
    expect(renderReport(view, doc, '2026-06-01', 'html', { includeNotes: false }).content).toContain('<h2>Spaced review</h2><p>3 review prompts');
  });
});
