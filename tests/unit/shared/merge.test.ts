import { describe, expect, it } from 'vitest';
import { emptyDocument, UserDocumentSchema, type CustomMilestoneFields, type UserDocument } from '../../../src/shared/document';
import { NOTES_JOINER, lastChangeOf, mergeDocuments } from '../../../src/shared/merge';
import { addCustomMilestone, commit, deleteCustomMilestone, editCustomMilestone, updateProgress } from '../../../src/shared/mutations';
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

describe('mergeDocuments, for the parts decided whole', () => {
  const fields: CustomMilestoneFields = {
    phaseId: 'extras',
    title: 'Kafka basics',
    summary: '',
    doneWhen: '',
    estimateHours: 6,
    kind: 'skill',
    skillArea: 'data',
    prerequisites: [],
    checklist: [],
  };
  const base = commit(emptyDocument(), addCustomMilestone(emptyDocument(), 'mlops', 'custom-kafka', fields, at(8)), 'Add', at(8));
  const edited = (doc: typeof base, title: string, hour: number) =>
    commit(doc, editCustomMilestone(doc, 'custom-kafka', { ...fields, title }), 'Edit', at(hour));

  it('takes a custom milestone edited only on the other device, and says so', () => {
    const ours = commit(base, applyStatus(base, 'docker', 'done', at(9)), 'Done', at(9));
    const theirs = edited(base, 'Kafka streams', 10);
    const merged = mergeDocuments(ours, theirs);
    expect(merged.document.customMilestones.map((c) => c.title)).toEqual(['Kafka streams']);
    expect(merged.document.progress['docker']?.status).toBe('done');
    expect(merged.settings).toEqual(['custom milestone “Kafka streams”']);
  });

  it('keeps a custom milestone one side deleted while the other edited it, and deletes one left as it was', () => {
    const deleted = commit(base, deleteCustomMilestone(base, 'custom-kafka'), 'Delete', at(11));
    expect(mergeDocuments(deleted, edited(base, 'Kafka streams', 10)).document.customMilestones.map((c) => c.title)).toEqual(['Kafka streams']);
    expect(mergeDocuments(deleted, base).document.customMilestones).toEqual([]);
    expect(mergeDocuments(base, deleted).document.customMilestones).toEqual([]);
  });

  it('takes the study plan from the side that changed it, even when the other side changed something later', () => {
    const study = { hoursPerWeek: 6, weekdays: [1, 3], startDate: '2026-06-01', goalDates: {}, estimateOverrides: {} };
    const theirs = commit(base, { ...base, study }, 'Plan', at(9));
    const ours = commit(base, applyStatus(base, 'git', 'done', at(12)), 'Done', at(12));
    const merged = mergeDocuments(ours, theirs);
    expect(merged.document.study).toEqual(study);
    expect(merged.settings).toEqual(['the study plan']);
    expect(UserDocumentSchema.safeParse(merged.document).success).toBe(true);
  });
});

describe('mergeDocuments, for ticks', () => {
  it('keeps checklist and rubric ticks made on either side, and a step unticked on one side only stays unticked', () => {
    const tick = (doc: UserDocument, changes: Parameters<typeof updateProgress>[2], hour: number) =>
      commit(doc, updateProgress(doc, 'kubernetes', changes), 'Tick', at(hour), ['kubernetes']);
    const base = tick(tick(emptyDocument(), { checklist: [0, 1] }, 7), { criterion: { index: 0, done: true } }, 8);
    const ours = tick(tick(base, { step: { index: 2, done: true } }, 9), { step: { index: 0, done: false } }, 10);
    const theirs = tick(base, { criterion: { index: 3, done: true } }, 11);
    const merged = mergeDocuments(ours, theirs);
    expect(merged.document.progress['kubernetes']).toMatchObject({ checklist: [1, 2], rubric: [0, 3] });
    expect(merged.takenFields).toEqual({ kubernetes: ['rubric ticks'] });
  });
});
