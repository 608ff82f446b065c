import { describe, expect, it } from 'vitest';
import { emptyDocument, UserDocumentSchema } from '../../../src/shared/document';
import { NOTES_JOINER, lastChangeOf, mergeDocuments } from '../../../src/shared/merge';
import { updateProgress } from '../../../src/shared/mutations';
import { applyStatus } from '../../../src/shared/progress';
import { addToReview, answerReview } from '../../../src/shared/review';
import { milestone } from '../../support/roadmapFixtures';

const at = (hour: number) => new Date(Date.UTC(2026, 5, 1, hour));

describe('mergeDocuments', () => {
  // Common start: docker in progress. Then each device goes its own way.
  const base = applyStatus(emptyDocument(), 'docker', 'in-progress', at(8));
  let ours = applyStatus(base, 'docker', 'done', at(10));
  ours = updateProgress(ours, 'docker', { notes: 'Multi-stage builds' });
  ours = applyStatus(ours, 'git', 'done', at(9));
  let theirs = applyStatus(base, 'docker', 'skipped', at(9));
  theirs = updateProgress(theirs, 'docker', { notes: 'Read the compose docs' });
  theirs = applyStatus(theirs, 'kubernetes', 'in-progress', at(11));
  theirs = applyStatus(theirs, 'git', 'in-progress', at(12));

  const { document, taken, notesJoined } = mergeDocuments(ours, theirs);

  it('takes each milestone from the copy that changed it last', () => {
    expect(document.progress['docker']?.status).toBe('done');
    expect(document.progress['kubernetes']?.status).toBe('in-progress');
    expect(document.progress['git']?.status).toBe('in-progress');
    expect(taken.sort()).toEqual(['git', 'kubernetes']);
    expect(lastChangeOf(document, 'git')).toBe(at(12).toISOString());
  });

  it('keeps notes from both copies', () => {
    expect(document.progress['docker']?.notes).toBe(`Multi-stage builds${NOTES_JOINER}Read the compose docs`);
    expect(notesJoined).toEqual(['docker']);
  });

  it('joins the status histories without doubles, in time order, and the result validates', () => {
    expect(document.history.map((h) => `${h.milestoneId}:${h.to}`)).toEqual([
      'docker:in-progress',
      'git:done',
      'docker:skipped',
      'docker:done',
      'kubernetes:in-progress',
      'git:in-progress',
    ]);
    expect(UserDocumentSchema.safeParse(document).success).toBe(true);
  });

  it('gives back ours when merged with itself, and keeps the later-reviewed card', () => {
    expect(mergeDocuments(ours, ours).document).toEqual(ours);
    const m = milestone('git', [], { title: 'Git' });
    const withCards = addToReview(ours, m, at(13));
    const reviewedThere = answerReview(withCards, 'git:0', 4, at(14));
    const merged = mergeDocuments(withCards, reviewedThere).document;
    expect(merged.review.cards['git:0']).toEqual(reviewedThere.review.cards['git:0']);
    expect(merged.review.log).toEqual(reviewedThere.review.log);
  });
});
