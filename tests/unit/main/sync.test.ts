// The synced data folder: conflict copies found and merged; (below) an external change while open. The move: moveDataFolder.test.ts.
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi, type AppService } from '../../../src/main/api';
import type { SyncOutcome } from '../../../src/main/store/watchDataFile';
import { isConflictCopyName } from '../../../src/main/store/conflictCopies';
import { NOTES_JOINER } from '../../../src/shared/merge';
import type { UserDocument } from '../../../src/shared/document';
import { applyStatus } from '../../../src/shared/progress';
import { updateProgress } from '../../../src/shared/mutations';
import { ROADMAPS_DIR, withTempDir } from '../../support/tempDir';
import { waitFor } from '../../support/waitFor';
import { readDataFile } from '../../support/dataFile';

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

  it('refuses a merge that would pass the custom-milestone limit, changing nothing and keeping the copy', () =>
    withTempDir(async (dir) => {
      const dataFile = join(dir, 'pathboard.json');
      const custom = (from: number) =>
        Array.from({ length: 200 }, (_, i) => ({
          id: `custom-${(from + i).toString(16).padStart(10, '0')}`,
          pathId: 'mlops-engineer',
          createdAt: '2026-06-01T09:00:00.000Z',
          phaseId: 'foundations',
          title: `Mine ${from + i}`,
          summary: '',
          doneWhen: '',
          estimateHours: 2,
          kind: 'project' as const,
          skillArea: 'programming' as const,
          prerequisites: [],
          checklist: [],
        }));
      const api0 = await createApi({ dataFile, roadmapsDir: ROADMAPS_DIR, clock });
      await api0.choosePath({ pathId: 'mlops-engineer' });
      const base = await documentOf(api0);
      await api0.close();
      await writeFile(dataFile, JSON.stringify({ ...base, customMilestones: custom(0) }));
      const api = await createApi({ dataFile, roadmapsDir: ROADMAPS_DIR, clock });
      const before = await readFile(dataFile, 'utf8');
      const copy = join(dir, 'pathboard-conflict-laptop.json');
      await writeFile(copy, JSON.stringify({ ...base, customMilestones: custom(1000) }));
      const merged = await api.mergeConflictCopy({ path: copy });
      expect(merged.ok || merged.error.message).toMatch(/would go past what Pathboard keeps \(customMilestones: at most 300 custom milestones\)\. Nothing was changed/);
      expect(await readFile(dataFile, 'utf8')).toBe(before);
      expect(existsSync(copy)).toBe(true);
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

describe('an external change while Pathboard is open', () => {
  /** Another device's version of the file: this document with one more change, written the way a sync tool does. */
  const writeAsOtherDevice = async (dataFile: string, doc: UserDocument) => {
    const temp = join(dataFile, '..', '.syncthing.pathboard.json.tmp');
    await writeFile(temp, JSON.stringify(doc));
    const { rename } = await import('node:fs/promises');
    await rename(temp, dataFile);
  };

  it('reloads the other device\'s version with a notice naming the file, when nothing changed here', () =>
    withTempDir(async (dir) => {
      const dataFile = join(dir, 'pathboard.json');
      const outcomes: string[] = [];
      const api = await createApi({ dataFile, roadmapsDir: ROADMAPS_DIR, clock, watchDataFile: { debounceMs: 50, onChange: (o) => outcomes.push(o.kind) } });
      await api.choosePath({ pathId: 'mlops-engineer' });
      const mine = await documentOf(api);
      await new Promise((r) => setTimeout(r, 200));
      await writeAsOtherDevice(dataFile, applyStatus(mine, 'docker', 'done', new Date('2026-07-01T13:00:00Z')));

      const state = await waitFor(async () => {
        const s = await api.getState({});
        return s.ok && s.data.notices.length > 0 ? s.data : null;
      }, 'the reload');
      expect(state.document.progress['docker']?.status).toBe('done');
      expect(state.notices.at(-1)).toEqual({
        kind: 'data-file-reloaded',
        path: dataFile,
        message: `Your data changed on another device (through your synced folder), and Pathboard loaded that version of ${dataFile}.`,
      });
      expect(outcomes).toContain('reloaded');
      // The next change here builds on the other device's version.
      await api.setMilestoneStatus({ milestoneId: 'kubernetes', status: 'in-progress' });
      const onDisk = await readDataFile(dataFile);
      expect([onDisk.progress['docker']?.status, onDisk.progress['kubernetes']?.status]).toEqual(['done', 'in-progress']);
      await api.close();
    }));

  it('keeps both when both changed: this computer\'s version goes to a conflict copy that can then be merged', () =>
    withTempDir(async (dir) => {
      const dataFile = join(dir, 'pathboard.json');
      const api = await createApi({ dataFile, roadmapsDir: ROADMAPS_DIR, clock, watchDataFile: { debounceMs: 300 } });
      await api.choosePath({ pathId: 'mlops-engineer' });
      const common = await documentOf(api);
      await new Promise((r) => setTimeout(r, 500));
      // Here: Docker done. There (from the common version): Kubernetes started. Both land before the watcher looks.
      await api.setMilestoneStatus({ milestoneId: 'docker', status: 'done' });
      await writeAsOtherDevice(dataFile, applyStatus(common, 'kubernetes', 'in-progress', new Date('2026-07-01T13:00:00Z')));

      const notice = await waitFor(async () => {
        const s = await api.getState({});
        return (s.ok && s.data.notices.find((n) => n.kind === 'sync-kept-both')) || null;
      }, 'the kept-both notice');
      expect(notice.message).toMatch(/loaded the other device's version .* and kept this computer's version in .*-conflict-.*: merge it/);
      const loaded = await documentOf(api);
      expect(loaded.progress['kubernetes']?.status).toBe('in-progress');
      const kept = await readDataFile(notice.path);
      expect(kept.progress['docker']?.status).toBe('done');

      // The kept copy is offered like any sync tool's conflict copy, and merging it brings Docker back.
      const listed = await api.listConflictCopies({});
      expect(listed.ok && listed.data.map((c) => c.path)).toEqual([notice.path]);
      const merged = await api.mergeConflictCopy({ path: notice.path });
      expect(merged.ok && [merged.data.document.progress['docker']?.status, merged.data.document.progress['kubernetes']?.status]).toEqual(['done', 'in-progress']);
      await api.close();
    }));

  it('never saves over a changed file it cannot read: the bytes are copied aside first and the notice says where', () =>
    withTempDir(async (dir) => {
      const dataFile = join(dir, 'pathboard.json');
      const api = await createApi({ dataFile, roadmapsDir: ROADMAPS_DIR, clock, watchDataFile: { debounceMs: 50 } });
      await api.choosePath({ pathId: 'mlops-engineer' });
      await new Promise((r) => setTimeout(r, 200));
      await writeFile(dataFile, '{"schemaVersion": 4, "activePathId": "ml');
      const notice = await waitFor(async () => {
        const s = await api.getState({});
        return (s.ok && s.data.notices.find((n) => n.kind === 'sync-unreadable')) || null;
      }, 'the unreadable notice');
      expect(await readFile(notice.path, 'utf8')).toBe('{"schemaVersion": 4, "activePathId": "ml');
      expect((await documentOf(api)).activePathId).toBe('mlops-engineer');
      await api.close();
    }));
});

describe('a version from elsewhere landing between two saves', () => {
  it('is kept as a conflict copy before the next save, never written over, and offered for merging', () =>
    withTempDir(async (dir) => {
      const dataFile = join(dir, 'pathboard.json');
      // No watcher: this is the window before it would notice the change.
      const api = await createApi({ dataFile, roadmapsDir: ROADMAPS_DIR, clock });
      await api.choosePath({ pathId: 'mlops-engineer' });
      const other = applyStatus(await documentOf(api), 'kubernetes', 'done', new Date('2026-07-02T08:00:00Z'));
      const theirs = `${JSON.stringify(other)}\n`;
      await writeFile(dataFile, theirs);

      await api.setMilestoneStatus({ milestoneId: 'docker', status: 'done' });
      const copies = (await readdir(dir)).filter((n) => n.includes('-conflict-'));
      expect(copies).toHaveLength(1);
      expect(await readFile(join(dir, copies[0]!), 'utf8')).toBe(theirs);
      const listed = await api.listConflictCopies({});
      expect(listed.ok && listed.data.map((c) => c.name)).toEqual(copies);
      const state = await api.getState({});
      expect(state.ok && state.data.notices.at(-1)?.message).toMatch(/changed by another program or device.*kept, unchanged/);
      // This window's own saves are not mistaken for someone else's.
      await api.setMilestoneStatus({ milestoneId: 'git-version-control', status: 'done' });
      expect((await readdir(dir)).filter((n) => n.includes('-conflict-'))).toHaveLength(1);
      await api.close();
    }));

  it('is told to the window by the watcher, which sends the kept copy\'s notice with the open document', () =>
    withTempDir(async (dir) => {
      const dataFile = join(dir, 'pathboard.json');
      const outcomes: SyncOutcome[] = [];
      // A slow watcher: the save here lands before it looks at the other device's version.
      const api = await createApi({ dataFile, roadmapsDir: ROADMAPS_DIR, clock, watchDataFile: { debounceMs: 400, onChange: (o) => outcomes.push(o) } });
      await api.choosePath({ pathId: 'mlops-engineer' });
      await new Promise((r) => setTimeout(r, 600));
      const other = applyStatus(await documentOf(api), 'kubernetes', 'done', new Date('2026-07-02T08:00:00Z'));
      await writeFile(dataFile, `${JSON.stringify(other)}\n`);
      await api.setMilestoneStatus({ milestoneId: 'docker', status: 'done' });
      const kept = (await readdir(dir)).filter((n) => n.includes('-conflict-'));
      expect(kept).toHaveLength(1);

      const told = await waitFor(async () => outcomes.find((o) => o.kind === 'kept-both') ?? null, 'the kept-both outcome');
      expect(told).toMatchObject({ keptAs: join(dir, kept[0]!), notice: { kind: 'sync-kept-both', path: join(dir, kept[0]!) } });
      expect('document' in told && told.document.progress['docker']?.status).toBe('done');
      // Told once: the next checks have nothing new to say.
      await api.setMilestoneStatus({ milestoneId: 'git-version-control', status: 'done' });
      await new Promise((r) => setTimeout(r, 800));
      expect(outcomes.filter((o) => o.kind === 'kept-both')).toHaveLength(1);
      await api.close();
    }));
});
