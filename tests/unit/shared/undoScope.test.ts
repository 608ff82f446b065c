import { describe, expect, it } from 'vitest';
import { emptyDocument, type CustomMilestone, type UndoPatch } from '../../../src/shared/document';
import { pathView } from '../../../src/shared/pathView';
import { otherPathOf } from '../../../src/shared/undoScope';
import { twoPathFixture } from '../../support/roadmapFixtures';

const roadmaps = twoPathFixture();
const onOps = pathView(roadmaps[0]!, emptyDocument());
const custom: CustomMilestone = {
  id: 'custom-notes',
  pathId: 'data-path',
  phaseId: 'core',
  createdAt: '2026-06-01T10:00:00.000Z',
  title: 'Write up',
  summary: '',
  doneWhen: '',
  estimateHours: 2,
  kind: 'project',
  skillArea: 'communication',
  prerequisites: [],
  checklist: [],
};

describe('otherPathOf', () => {
  it('is null when the change is on a milestone the current path shows', () => {
    expect(otherPathOf({ progress: { docker: null } }, onOps, roadmaps, [])).toBeNull();
  });

  it('is null for a milestone two paths share, seen from either', () => {
    expect(otherPathOf({ progress: { python: null } }, onOps, roadmaps, [])).toBeNull();
  });

  it('names the path of a milestone the current path does not have', () => {
    expect(otherPathOf({ progress: { statistics: null } }, onOps, roadmaps, [])).toBe('data-path');
  });

  it('names the path whose card order changed', () => {
    expect(otherPathOf({ order: { 'data-path': null } }, onOps, roadmaps, [])).toBe('data-path');
    expect(otherPathOf({ order: { 'ops-path': null } }, onOps, roadmaps, [])).toBeNull();
  });

  it('names the path of a custom milestone, even one that is gone from the document', () => {
    const patch: UndoPatch = { custom: { 'custom-notes': custom } };
    expect(otherPathOf(patch, onOps, roadmaps, [])).toBe('data-path');
    expect(otherPathOf({ progress: { 'custom-notes': null } }, onOps, roadmaps, [custom])).toBe('data-path');
  });

  it('is null when nothing in the patch can be placed', () => {
    expect(otherPathOf({ progress: { 'no-such-milestone': null } }, onOps, roadmaps, [])).toBeNull();
    expect(otherPathOf({}, null, roadmaps, [])).toBeNull();
  });
});
