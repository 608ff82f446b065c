import { describe, expect, it } from 'vitest';
import { boardColumns } from '../../../src/shared/board';
import { emptyDocument, type CustomMilestoneFields, type UserDocument } from '../../../src/shared/document';
import {
  addCustomMilestone,
  commit,
  deleteCustomMilestone,
  editCustomMilestone,
  moveToColumn,
  redo,
  resetPath,
  undo,
  updateProgress,
} from '../../../src/shared/mutations';
import { checkCustomFields, pathView } from '../../../src/shared/pathView';
import { applyStatus } from '../../../src/shared/progress';
import { milestone, roadmap } from '../../support/roadmapFixtures';

const path = roadmap('p', [milestone('a'), milestone('b', ['a']), milestone('c', ['b']), milestone('d')]);
const t = (min: number) => new Date(Date.UTC(2026, 5, 1, 10, min));
const ids = (doc: UserDocument, status: 'todo' | 'in-progress' | 'done' | 'skipped') =>
  boardColumns(pathView(path, doc), doc)[status].map((c) => c.milestone.id);

/** Runs a change the way the api does: computed from the current document, then committed as one undo step. */
const act = (doc: UserDocument, label: string, fn: (d: UserDocument) => UserDocument, at = t(0)) => commit(doc, fn(doc), label, at);

const fields = (extra: Partial<CustomMilestoneFields> = {}): CustomMilestoneFields => ({
  phaseId: 'core',
  title: 'Build a portfolio site',
  summary: 'Show my projects.',
  doneWhen: 'The site is online.',
  estimateHours: 6,
  kind: 'project',
  skillArea: 'software-engineering',
  prerequisites: ['a'],
  checklist: ['Pick a template', 'Publish'],
  ...extra,
});

describe('moveToColumn', () => {
  it('moves a card to another column at the drop position and keeps that order', () => {
    let doc = applyStatus(emptyDocument(), 'a', 'done', t(0));
    doc = applyStatus(doc, 'b', 'done', t(1));
    doc = moveToColumn(doc, pathView(path, doc), 'd', 'done', 0, t(2));
    expect(ids(doc, 'done')).toEqual(['d', 'a', 'b']);
    expect(ids(doc, 'todo')).toEqual(['c']);
  });

  it('reorders within a column', () => {
    const doc = moveToColumn(emptyDocument(), pathView(path, emptyDocument()), 'd', 'todo', 1, t(0));
    expect(ids(doc, 'todo')).toEqual(['a', 'd', 'b', 'c']);
    expect(doc.boardOrder['p']?.todo).toEqual(['a', 'd', 'b', 'c']);
  });

  it('clamps an index past the end to the bottom of the column', () => {
    const doc = moveToColumn(emptyDocument(), pathView(path, emptyDocument()), 'a', 'in-progress', 99, t(0));
    expect(ids(doc, 'in-progress')).toEqual(['a']);
  });
});

describe('commit, undo and redo', () => {
  it('undoes and redoes a status change, recording both in the history', () => {
    const moved = act(emptyDocument(), 'Move a to Done', (d) => applyStatus(d, 'a', 'done', t(0)));
    expect(moved.undo.past.map((e) => e.label)).toEqual(['Move a to Done']);
    const undone = undo(moved, t(1));
    expect(undone.progress['a']).toBeUndefined();
    expect(undone.undo.future.map((e) => e.label)).toEqual(['Move a to Done']);
    const redone = redo(undone, t(2));
    expect(redone.progress['a']?.status).toBe('done');
    expect(redone.history.map((h) => `${h.from}>${h.to}`)).toEqual(['todo>done', 'done>todo', 'todo>done']);
  });

  it('undoes the last two actions in order, leaving the first', () => {
    let doc = act(emptyDocument(), 'one', (d) => applyStatus(d, 'a', 'done', t(0)));
    doc = act(doc, 'two', (d) => updateProgress(d, 'a', { notes: 'hello' }), t(5));
    doc = act(doc, 'three', (d) => moveToColumn(d, pathView(path, d), 'd', 'in-progress', 0, t(6)), t(6));
    doc = undo(undo(doc, t(7)), t(8));
    expect(doc.progress['a']).toEqual({ status: 'done', startedAt: t(0).toISOString(), completedAt: t(0).toISOString() });
    expect(doc.progress['d']).toBeUndefined();
    expect(doc.boardOrder['p']).toBeUndefined();
    expect(doc.undo.past.map((e) => e.label)).toEqual(['one']);
    expect(doc.undo.future.map((e) => e.label)).toEqual(['three', 'two']);
  });

  it('forgets the redo stack when a new change is made', () => {
    let doc = act(emptyDocument(), 'one', (d) => applyStatus(d, 'a', 'done', t(0)));
    doc = undo(doc, t(1));
    doc = act(doc, 'two', (d) => applyStatus(d, 'b', 'done', t(2)), t(2));
    expect(doc.undo.future).toEqual([]);
    expect(redo(doc, t(3))).toBe(doc);
  });

  it('merges quick consecutive edits of the same notes into one undo step', () => {
    let doc = act(emptyDocument(), 'Edit notes on a', (d) => updateProgress(d, 'a', { notes: 'h' }), t(0));
    doc = act(doc, 'Edit notes on a', (d) => updateProgress(d, 'a', { notes: 'hello' }), new Date(t(0).getTime() + 2000));
    expect(doc.undo.past).toHaveLength(1);
    expect(undo(doc, t(1)).progress['a']).toBeUndefined();
  });

  it('keeps at most 50 undo steps', () => {
    let doc = emptyDocument();
    for (let i = 0; i < 60; i++) doc = act(doc, `step ${i}`, (d) => updateProgress(d, 'a', { hoursSpent: i + 1 }), t(i * 2));
    expect(doc.undo.past).toHaveLength(50);
    expect(doc.undo.past[0]?.label).toBe('step 10');
  });

  it('does not record a step when nothing changed', () => {
    const doc = act(emptyDocument(), 'nothing', (d) => updateProgress(d, 'a', { notes: '' }));
    expect(doc).toEqual(emptyDocument());
  });
});

describe('custom milestones', () => {
  it('adds one at the end of its phase, with a custom flag, counted like the others', () => {
    const doc = addCustomMilestone(emptyDocument(), 'p', 'custom-1', fields(), t(0));
    const view = pathView(path, doc);
    expect(view.milestones.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd', 'custom-1']);
    expect(view.byId.get('custom-1')?.custom).toBe(true);
    expect(pathView(roadmap('other', [milestone('x')]), doc).byId.has('custom-1')).toBe(false);
  });

  it('edits, deletes with its progress, and undoes the delete', () => {
    let doc = act(emptyDocument(), 'add', (d) => addCustomMilestone(d, 'p', 'custom-1', fields(), t(0)));
    doc = act(doc, 'edit', (d) => editCustomMilestone(d, 'custom-1', fields({ title: 'Ship my site' })), t(2));
    doc = act(doc, 'done', (d) => applyStatus(d, 'custom-1', 'done', t(3)), t(3));
    doc = act(doc, 'delete', (d) => deleteCustomMilestone(d, 'custom-1'), t(4));
    expect(doc.customMilestones).toEqual([]);
    expect(doc.progress['custom-1']).toBeUndefined();
    doc = undo(doc, t(5));
    expect(doc.customMilestones[0]?.title).toBe('Ship my site');
    expect(doc.progress['custom-1']?.status).toBe('done');
  });

  it('rejects a prerequisite that would make a cycle, an unknown one, and itself', () => {
    let doc = addCustomMilestone(emptyDocument(), 'p', 'custom-1', fields({ prerequisites: ['a'] }), t(0));
    doc = addCustomMilestone(doc, 'p', 'custom-2', fields({ prerequisites: ['custom-1'] }), t(1));
    const view = pathView(path, doc);
    expect(checkCustomFields(view, { phaseId: 'core', prerequisites: ['custom-2'] }, 'custom-1')[0]?.message).toMatch(/loop/);
    expect(checkCustomFields(view, { phaseId: 'core', prerequisites: ['ghost'] }, 'custom-3')[0]?.field).toBe('prerequisites');
    expect(checkCustomFields(view, { phaseId: 'core', prerequisites: ['custom-1'] }, 'custom-1')).toHaveLength(1);
    expect(checkCustomFields(view, { phaseId: 'nope', prerequisites: [] }, 'custom-3')[0]?.field).toBe('phaseId');
    expect(checkCustomFields(view, { phaseId: 'core', prerequisites: ['c', 'custom-2'] }, 'custom-3')).toEqual([]);
  });
});

describe('updateProgress', () => {
  it('ticks rubric criteria apart from checklist steps, in order, and drops the list when the last is unticked', () => {
    let doc = updateProgress(emptyDocument(), 'a', { step: { index: 0, done: true } });
    doc = updateProgress(doc, 'a', { criterion: { index: 3, done: true } });
    doc = updateProgress(doc, 'a', { criterion: { index: 1, done: true } });
    doc = updateProgress(doc, 'a', { criterion: { index: 3, done: true } });
    expect(doc.progress['a']).toEqual({ status: 'todo', checklist: [0], rubric: [1, 3] });
    doc = updateProgress(doc, 'a', { criterion: { index: 1, done: false } });
    doc = updateProgress(doc, 'a', { criterion: { index: 3, done: false } });
    expect(doc.progress['a']).toEqual({ status: 'todo', checklist: [0] });
  });

  it('ticks checklist steps once each, in order, and clears empty values, leaving no empty entry', () => {
    let doc = updateProgress(emptyDocument(), 'a', { checklist: [1, 0, 1], notes: 'n', targetDate: '2026-07-01', hoursSpent: 3 });
    expect(doc.progress['a']).toEqual({ status: 'todo', checklist: [0, 1], notes: 'n', targetDate: '2026-07-01', hoursSpent: 3 });
    doc = updateProgress(doc, 'a', { checklist: [], notes: '  ', targetDate: null, hoursSpent: null });
    // Nothing but "to do" left: no entry at all, as applyStatus does.
    expect(doc.progress['a']).toBeUndefined();
  });

  it('leaves no "to do"-only entry behind, so a reset afterwards records no undo step that changes nothing', () => {
    // Found by the model-based test: updateProgress(python, targetDate set), (targetDate null), resetPath(ops).
    const path = roadmap('ops', [milestone('a')]);
    const at = new Date('2026-06-01T09:00:00Z');
    let doc = commit(emptyDocument(), updateProgress(emptyDocument(), 'a', { targetDate: '2026-06-01' }), 'Set', at);
    doc = commit(doc, updateProgress(doc, 'a', { targetDate: null }), 'Clear', at);
    const steps = doc.undo.past.length;
    expect(commit(doc, resetPath(doc, pathView(path, doc), at), 'Reset', at).undo.past).toHaveLength(steps);
  });
});

describe('resetPath', () => {
  it('clears the path back to To do, and one undo brings everything back', () => {
    let doc = act(emptyDocument(), 'x', (d) => applyStatus(d, 'a', 'done', t(0)));
    doc = act(doc, 'y', (d) => updateProgress(d, 'b', { notes: 'keep me' }), t(2));
    doc = act(doc, 'z', (d) => moveToColumn(d, pathView(path, d), 'c', 'todo', 0, t(3)), t(3));
    const before = doc;
    doc = act(doc, 'reset', (d) => resetPath(d, pathView(path, d), t(4)), t(4));
    expect(doc.progress).toEqual({});
    expect(doc.boardOrder).toEqual({});
    doc = undo(doc, t(5));
    expect(doc.progress).toEqual(before.progress);
    expect(doc.boardOrder).toEqual(before.boardOrder);
  });
});
