// The synced data folder: conflict copies found and merged; (below) an external change while open; a move.
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi, type AppService } from '../../../src/main/api';
import { isConflictCopyName } from '../../../src/main/store/conflictCopies';
import { NOTES_JOINER } from '../../../src/shared/merge';
import type { UserDocument } from '../../../src/shared/document';
import { applyStatus } from '../../../src/shared/progress';
import { updateProgress } from '../../../src/shared/mutations';
import { ROADMAPS_DIR, withTempDir } from '../../support/tempDir';

const clock = () => new Date('2026-07-01T12:00:00.000Z');

const documentOf = async (api: AppService): Promise<UserDocument> => {
  const state = await api.getState({});
  if (!state.ok) throw new Error(state.error.message);
  return state.data.document;
};

describe('conflict copy names', () => {
  it('recognises Syncthing, Dropbox and "-conflict-" copies of the data file, and nothing else', () => {
    const file = '/data/pathboard.json';
    for (const name of [
      'pathboard.sync-conflict-20260701-101500-ABCDEFG.json',
      'pathboard (conflicted copy 2026-07-01).json',
      "pathboard (Sam's conflicted copy 2026-07-01).json",
      'pathboard-conflict-laptop.json',
      'PathBoard.sync-conflict-20260701-101500-ABCDEFG.JSON',
    ]) {
      expect(isConflictCopyName(name, file), name).toBe(true);
    }
    for (const name of [
      'pathboard.json',
      'pathboard.bak.json',
      'pathboard.json.lock',
      'notes.sync-conflict-20260701-101500-ABCDEFG.json',
      'pathboard.sync-conflict-20260701-101500-ABCDEFG.merged-2026-07-01T12-00-00-000Z.json',
      'pathboard.sync-conflict-20260701.txt',
    ]) {
      expect(isConflictCopyName(name, file), name).toBe(false);
    }
  });
});

describe('merging a conflict copy', () => {
  it('offers the copy, merges it milestone by milestone with notes from both, keeps the copy renamed, and undo takes the merge back', () =>
    withTempDir(async (dir) => {
      const dataFile = join(dir, 'pathboard.json');
      const api = await createApi({ dataFile, roadmapsDir: ROADMAPS_DIR, clock });
      await api.choosePath({ pathId: 'mlops-engineer' });
      await api.setMilestoneStatus({ milestoneId: 'docker', status: 'done' });
      await api.updateProgress({ milestoneId: 'docker', changes: { notes: 'Here: multi-stage builds' } });
      const before = await documentOf(api);

      // The other computer, a day later, started Kubernetes and wrote its own docker notes.
      let other = applyStatus(before, 'kubernetes', 'in-progress', new Date('2026-07-02T08:00:00Z'));
      other = updateProgress(other, 'docker', { notes: 'There: compose files' });
      const copyName = 'pathboard.sync-conflict-20260702-080000-LAPTOP1.json';
      await writeFile(join(dir, copyName), JSON.stringify(other));
      await writeFile(join(dir, 'pathboard (conflicted copy 2026-07-02).json'), '{"schemaVersion": 4, "broken');

      const listed = await api.listConflictCopies({});
      expect(listed.ok && listed.data.map((c) => [c.name, c.copy?.inProgress ?? null, c.problem !== null])).toEqual(
        expect.arrayContaining([
          [copyName, 1, false],
          ['pathboard (conflicted copy 2026-07-02).json', null, true],
        ]),
      );

      const merged = await api.mergeConflictCopy({ path: join(dir, copyName) });
      if (!merged.ok) throw new Error(merged.error.message);
      expect(merged.data.taken).toEqual(['kubernetes']);
      expect(merged.data.notesJoined).toEqual(['docker']);
      const doc = merged.data.document;
      expect(doc.progress['kubernetes']?.status).toBe('in-progress');
      expect(doc.progress['docker']).toMatchObject({ status: 'done', notes: `Here: multi-stage builds${NOTES_JOINER}There: compose files` });
      // The copy is kept, renamed, and not offered again; the file on disk holds the merge.
      expect(existsSync(join(dir, copyName))).toBe(false);
      expect(existsSync(merged.data.keptAs)).toBe(true);
      expect(JSON.parse(await readFile(merged.data.keptAs, 'utf8'))).toEqual(other);
      const again = await api.listConflictCopies({});
      expect(again.ok && again.data.map((c) => c.name)).toEqual(['pathboard (conflicted copy 2026-07-02).json']);
      expect(JSON.parse(await readFile(dataFile, 'utf8')).progress.kubernetes.status).toBe('in-progress');

      const undone = await api.undo({});
      expect(undone.ok && undone.data.progress).toEqual(before.progress);
      await api.close();
    }));

  it('refuses a path that is not a conflict copy beside the data file, and an unreadable copy, changing nothing', () =>
    withTempDir(async (dir) => {
      const dataFile = join(dir, 'pathboard.json');
      const api = await createApi({ dataFile, roadmapsDir: ROADMAPS_DIR, clock });
      await api.choosePath({ pathId: 'mlops-engineer' });
      const bytes = await readFile(dataFile, 'utf8');
      await writeFile(join(dir, 'other.json'), '{}');
      await writeFile(join(dir, 'pathboard-conflict-x.json'), 'not json');
      const stranger = await api.mergeConflictCopy({ path: join(dir, 'other.json') });
      expect(!stranger.ok && stranger.error.code).toBe('NOT_FOUND');
      const broken = await api.mergeConflictCopy({ path: join(dir, 'pathboard-conflict-x.json') });
      expect(!broken.ok && broken.error.message).toMatch(/is not a Pathboard backup: it is not valid JSON.*Nothing was changed/);
      expect(await readFile(dataFile, 'utf8')).toBe(bytes);
      expect((await readdir(dir)).sort()).toEqual(['other.json', 'pathboard-conflict-x.json', 'pathboard.bak.json', 'pathboard.json', 'pathboard.json.lock'].filter((n) => existsSync(join(dir, n))));
      await api.close();
    }));
});
