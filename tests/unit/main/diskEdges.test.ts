// The inputs a disk can hand Pathboard besides a plain file: stale locks of every kind, a lock path that is a folder,
// a data file that is a symbolic link or a pipe, and the limits a call must enforce before the store would refuse it.
import { spawnSync } from 'node:child_process';
import { lstat, mkdir, readFile, readdir, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src/main/api';
import { DocumentStore } from '../../../src/main/store/documentStore';
import { DataFileLockedError, LockFileProblemError, STALE_AFTER_MS, lockPathOf, parseLock, thisHost } from '../../../src/main/store/lockFile';
import { MAX_CUSTOM_MILESTONES, emptyDocument } from '../../../src/shared/document';
import { serializeDocument } from '../../../src/shared/documentFile';
import { applyStatus } from '../../../src/shared/progress';
import { readDataFile } from '../../support/dataFile';
import { ROADMAPS_DIR, withTempDir } from '../../support/tempDir';

const clock = () => new Date('2026-07-01T12:00:00.000Z');
const aged = async (path: string) => {
  const then = new Date(Date.now() - STALE_AFTER_MS - 60_000);
  await utimes(path, then, then);
};

describe('stale locks', () => {
  it('takes over a lock naming a live process that is not Pathboard (a reused pid) once it is untouched, and says so', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      // pid 1 is alive on every machine and is never Pathboard.
      await writeFile(lockPathOf(file), `1\n${thisHost()}\n`);
      const fresh = await DocumentStore.open(file, clock).catch((e: unknown) => e);
      expect(fresh).toBeInstanceOf(DataFileLockedError);
      await aged(lockPathOf(file));
      const store = await DocumentStore.open(file, clock);
      expect(parseLock(await readFile(lockPathOf(file), 'utf8'))).toEqual({ pid: process.pid, host: thisHost() });
      expect(store.notices[0]).toMatchObject({ kind: 'lock-taken-over' });
      expect(store.notices[0]?.message).toMatch(/named process 1, which is running but is not Pathboard/);
      await store.close();
    }));

  it("takes over another computer's lock that synced here and has not been touched for five minutes, naming the computer", () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      await writeFile(file, serializeDocument(applyStatus(emptyDocument(), 'docker', 'done', clock())));
      await writeFile(lockPathOf(file), `4242\nstudy-laptop\n`);
      await aged(lockPathOf(file));
      const store = await DocumentStore.open(file, clock);
      expect(store.readOnly).toBe(false);
      expect(store.notices.find((n) => n.kind === 'lock-taken-over')?.message).toMatch(/"study-laptop" held your data file .* took the lock over/);
      await store.update((d) => applyStatus(d, 'kubernetes', 'done', clock()));
      await store.close();
    }));

  it('gives a plain message when the lock path is a folder, and changes nothing', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      await writeFile(file, serializeDocument(emptyDocument()));
      await mkdir(lockPathOf(file));
      const error = await DocumentStore.open(file, clock).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LockFileProblemError);
      expect((error as Error).message).toMatch(/lock file at .*pathboard\.json\.lock, but a folder is there instead/);
      expect((await readdir(dir)).sort()).toEqual(['pathboard.json', 'pathboard.json.lock']);
    }));
});

describe('a data file that is not a plain file', () => {
  it('follows a symbolic link: changes reach the file it points to, and the link stays a link', () =>
    withTempDir(async (dir) => {
      const synced = join(dir, 'Sync');
      await mkdir(synced);
      const real = join(synced, 'pathboard.json');
      await writeFile(real, serializeDocument(emptyDocument()));
      const link = join(dir, 'pathboard.json');
      await symlink(real, link);
      const store = await DocumentStore.open(link, clock);
      await store.update((d) => applyStatus(d, 'docker', 'done', clock()));
      await store.close();
      expect((await lstat(link)).isSymbolicLink()).toBe(true);
      expect((await readDataFile(real)).progress['docker']?.status).toBe('done');
      const again = await DocumentStore.open(link, clock);
      expect(again.document.progress['docker']?.status).toBe('done');
      await again.close();
    }));

  it('refuses a pipe where the data file should be at once, read-only, with a notice, instead of hanging', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      expect(spawnSync('mkfifo', [file]).status).toBe(0);
      const store = await DocumentStore.open(file, clock);
      expect(store.readOnly).toBe(true);
      expect(store.notices[0]).toMatchObject({ kind: 'data-file-special' });
      expect(store.notices[0]?.message).toMatch(/is a special file \(a pipe, socket or device\)/);
      await store.close();
      expect((await lstat(file)).isFIFO()).toBe(true);
    }));
});

describe('limits are enforced by the call that would pass them', () => {
  it('refuses a custom milestone past the limit with the reason, and the file still loads', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      const custom = Array.from({ length: MAX_CUSTOM_MILESTONES }, (_, i) => ({
        id: `custom-${i.toString(16).padStart(10, '0')}`,
        pathId: 'mlops-engineer',
        title: `Mine ${i}`,
        summary: '',
        doneWhen: '',
        estimateHours: 1,
        kind: 'skill',
        skillArea: 'programming',
        phaseId: 'foundations',
        prerequisites: [],
        checklist: [],
        createdAt: '2026-01-01T00:00:00.000Z',
      }));
      await writeFile(file, serializeDocument({ ...emptyDocument(), activePathId: 'mlops-engineer', customMilestones: custom } as never));
      const api = await createApi({ dataFile: file, roadmapsDir: ROADMAPS_DIR, clock });
      const state = await api.getState({});
      expect(state.ok && state.data.document.customMilestones.length).toBe(MAX_CUSTOM_MILESTONES);
      const answer = await api.addCustomMilestone({
        pathId: 'mlops-engineer',
        fields: { title: 'One more', summary: '', doneWhen: '', estimateHours: 1, kind: 'skill', skillArea: 'programming', phaseId: 'foundations', prerequisites: [], checklist: [] },
      });
      expect(answer.ok).toBe(false);
      if (!answer.ok) expect(answer.error.message).toMatch(/300 milestones of your own, the most Pathboard keeps/);
      await api.close();
      expect((await readDataFile(file)).customMilestones).toHaveLength(MAX_CUSTOM_MILESTONES);
    }));

  it('refuses any change the next start would not read back, before touching the file', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      const store = await DocumentStore.open(file, clock);
      await store.update((d) => applyStatus(d, 'docker', 'done', clock()));
      const before = await readFile(file, 'utf8');
      const tooMany = Array.from({ length: MAX_CUSTOM_MILESTONES + 1 }, () => ({}));
      await expect(store.update((d) => ({ ...d, customMilestones: tooMany as never }))).rejects.toThrow(/could not read the result back: .*custom/i);
      expect(await readFile(file, 'utf8')).toBe(before);
      await store.close();
    }));

  it('refuses an export over data-location.json, which says where the data folder is', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      const locationFile = join(dir, 'data-location.json');
      await writeFile(locationFile, '{"dataFile":"/nowhere/pathboard.json"}\n');
      const api = await createApi({
        dataFile: file,
        roadmapsDir: ROADMAPS_DIR,
        clock,
        dialogs: { chooseSavePath: async () => locationFile, chooseOpenPath: async () => null },
        dataLocation: { locationFile, chooseFolder: async () => null },
      });
      await api.choosePath({ pathId: 'mlops-engineer' });
      const answer = await api.exportReport({ format: 'md', includeNotes: false });
      expect(answer.ok).toBe(false);
      if (!answer.ok) expect(answer.error.message).toMatch(/one of Pathboard's own data files/);
      expect(await readFile(locationFile, 'utf8')).toBe('{"dataFile":"/nowhere/pathboard.json"}\n');
      await api.close();
    }));
});
