// File > Move data folder… without a restart: copy, verify, record, then switch the open store, the watcher and the lock.
// A failure at any step leaves the learner on the old file with nothing lost; afterwards the old files stay guarded.
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi, type AppService } from '../../../src/main/api';
import { readDataLocation } from '../../../src/main/store/moveDataFolder';
import { nodeFs, type StoreFs } from '../../../src/main/store/durableWrite';
import { lockPathOf, parseLock, thisHost } from '../../../src/main/store/lockFile';
import { isOwnDataFile } from '../../../src/main/store/dataFiles';
import type { UserDocument } from '../../../src/shared/document';
import { applyStatus } from '../../../src/shared/progress';
import { ROADMAPS_DIR, withTempDir } from '../../support/tempDir';
import { waitFor } from '../../support/waitFor';
import { readDataFile } from '../../support/dataFile';

const clock = () => new Date('2026-07-01T12:00:00.000Z');
const ioError = (code: string) => Object.assign(new Error(`${code}: injected`), { code, errno: -1, syscall: 'write' });

const documentOf = async (api: AppService): Promise<UserDocument> => {
  const state = await api.getState({});
  if (!state.ok) throw new Error(state.error.message);
  return state.data.document;
};
const noticesOf = async (api: AppService) => {
  const state = await api.getState({});
  if (!state.ok) throw new Error(state.error.message);
  return state.data.notices;
};
interface Setup {
  api: AppService;
  home: string;
  synced: string;
  dataFile: string;
  target: string;
  locationFile: string;
  answers: { folder: string | null; save: string | null };
  outcomes: string[];
}

/**
 * A learner with a few changes and a last good copy (made when the file was opened a second time), the app's own data
 * folder `home` and an empty synced folder. `fs` is the store's file system (failures are injected through it).
 */
async function setup(dir: string, options: { fs?: StoreFs; watch?: boolean } = {}): Promise<Setup> {
  const home = join(dir, 'userData');
  const synced = join(dir, 'Sync', 'Pathboard');
  await mkdir(home);
  await mkdir(synced, { recursive: true });
  const dataFile = join(home, 'pathboard.json');
  const locationFile = join(home, 'data-location.json');
  const answers = { folder: synced as string | null, save: null as string | null };
  const outcomes: string[] = [];
  const open = () =>
    createApi({
      dataFile,
      roadmapsDir: ROADMAPS_DIR,
      clock,
      ...(options.fs ? { fs: options.fs } : {}),
      dialogs: { chooseSavePath: async () => answers.save, chooseOpenPath: async () => null },
      dataLocation: { locationFile, chooseFolder: async () => answers.folder },
      ...(options.watch ? { watchDataFile: { debounceMs: 50, onChange: (o) => outcomes.push(o.kind) } } : {}),
    });
  const first = await open();
  await first.choosePath({ pathId: 'mlops-engineer' });
  await first.setMilestoneStatus({ milestoneId: 'docker', status: 'done' });
  await first.close();
  const api = await open();
  await api.updateProgress({ milestoneId: 'docker', changes: { notes: 'Kept across the move' } });
  return { api, home, synced, dataFile, target: join(synced, 'pathboard.json'), locationFile, answers, outcomes };
}

describe('moving the data folder while Pathboard is open', () => {
  it('switches to the new file at once: later changes land there, the old files stay as they were, and the notice says where each is', () =>
    withTempDir(async (dir) => {
      const { api, home, synced, dataFile, target, locationFile } = await setup(dir);
      const before = await documentOf(api);
      const oldBytes = await readFile(dataFile, 'utf8');
      const oldBak = await readFile(join(home, 'pathboard.bak.json'), 'utf8');

      const result = await api.moveDataFolder({});
      if (!result.ok || result.data.movedTo === null) throw new Error(result.ok ? 'the move was cancelled' : result.error.message);
      const message = `Your data is now in ${synced} (${target}). The old copy stays in ${home}; delete it once you have checked that everything is there.`;
      expect(result.data).toEqual({ movedTo: target, keptAs: null, document: before, notice: { kind: 'data-folder-moved', message, path: target } });
      expect((await noticesOf(api)).at(-1)).toEqual(result.data.notice);
      expect(await documentOf(api)).toEqual(before);
      expect(JSON.parse(await readFile(target, 'utf8'))).toEqual(before);
      expect(await readFile(join(synced, 'pathboard.bak.json'), 'utf8')).toBe(oldBak);

      // The lock moved with the data: this process holds the new one, the old one is gone.
      expect(parseLock(await readFile(lockPathOf(target), 'utf8'))).toEqual({ pid: process.pid, host: thisHost() });
      expect(existsSync(lockPathOf(dataFile))).toBe(false);
      expect(await readDataLocation(locationFile, dataFile)).toEqual({ dataFile: target, previous: [dataFile], problem: null });

      // No restart: the next change is saved in the new file, and the old files are left exactly as they were.
      await api.setMilestoneStatus({ milestoneId: 'kubernetes', status: 'in-progress' });
      expect((await readDataFile(target)).progress['kubernetes']?.status).toBe('in-progress');
      expect(await readFile(dataFile, 'utf8')).toBe(oldBytes);
      expect(await readFile(join(home, 'pathboard.bak.json'), 'utf8')).toBe(oldBak);
      const after = await documentOf(api);
      await api.close();
      expect(existsSync(lockPathOf(target))).toBe(false);

      // A restart where the location file points gives back the same document.
      const location = await readDataLocation(locationFile, dataFile);
      const restarted = await createApi({ dataFile: location.dataFile, roadmapsDir: ROADMAPS_DIR, clock });
      expect(await documentOf(restarted)).toEqual(after);
      await restarted.close();
    }));

  it('watches the new file, not the old one, once moved', () =>
    withTempDir(async (dir) => {
      const { api, dataFile, target, outcomes } = await setup(dir, { watch: true });
      const result = await api.moveDataFolder({});
      if (!result.ok || result.data.movedTo === null) throw new Error(result.ok ? 'the move was cancelled' : result.error.message);
      const mine = await documentOf(api);
      await new Promise((r) => setTimeout(r, 200));

      // A change to the old file is not the learner's data any more: nothing reloads.
      await writeFile(dataFile, JSON.stringify(applyStatus(mine, 'git-version-control', 'done', clock())));
      await new Promise((r) => setTimeout(r, 400));
      expect(outcomes).toEqual([]);
      expect((await documentOf(api)).progress['git-version-control']).toBeUndefined();

      // Another device's change in the new folder is picked up.
      const temp = join(target, '..', '.sync.tmp');
      await writeFile(temp, JSON.stringify(applyStatus(mine, 'kubernetes', 'done', new Date('2026-07-01T13:00:00Z'))));
      await rename(temp, target);
      await waitFor(async () => (outcomes.includes('reloaded') ? true : null), 'the reload');
      expect((await documentOf(api)).progress['kubernetes']?.status).toBe('done');
      await api.close();
    }));

  it('uses the data another computer already put in the folder, keeps this computer\'s beside it to merge, and says so', () =>
    withTempDir(async (dir) => {
      const { api, home, synced, target } = await setup(dir);
      const mine = await documentOf(api);
      const theirs = applyStatus(mine, 'kubernetes', 'in-progress', new Date('2026-06-30T10:00:00Z'));
      await writeFile(target, JSON.stringify(theirs));

      const result = await api.moveDataFolder({});
      if (!result.ok || result.data.movedTo === null) throw new Error(result.ok ? 'the move was cancelled' : result.error.message);
      const keptAs = result.data.keptAs!;
      expect(basename(keptAs)).toMatch(/^pathboard-conflict-.*\.json$/);
      expect(result.data.document).toEqual(theirs);
      expect(result.data.notice?.message).toBe(
        `Your data is now in ${synced} (${target}). That folder already held Pathboard data (from another computer, or left by an earlier move), which Pathboard now uses; ` +
          `this computer's data is kept beside it as ${keptAs}: merge it to combine them. The old copy stays in ${home}.`,
      );
      expect(await documentOf(api)).toEqual(theirs);
      expect(JSON.parse(await readFile(keptAs, 'utf8'))).toEqual(mine);
      const listed = await api.listConflictCopies({});
      expect(listed.ok && listed.data.map((c) => c.path)).toEqual([keptAs]);
      const merged = await api.mergeConflictCopy({ path: keptAs });
      expect(merged.ok && merged.data.document.progress['docker']?.notes).toBe('Kept across the move');
      await api.close();
    }));

  it('after a move, an export or backup can never be written over the old folder\'s files, in this run or the next', () =>
    withTempDir(async (dir) => {
      const { api, home, dataFile, target, locationFile, answers } = await setup(dir);
      const result = await api.moveDataFolder({});
      if (!result.ok || result.data.movedTo === null) throw new Error(result.ok ? 'the move was cancelled' : result.error.message);
      const oldFiles = ['pathboard.json', 'pathboard.bak.json'].map((n) => join(home, n));
      const bytes = await Promise.all(oldFiles.map((f) => readFile(f, 'utf8')));
      const refused = async (service: AppService) => {
        for (const file of [...oldFiles, target]) {
          answers.save = file;
          const exported = await service.exportReport({ format: 'md', includeNotes: false });
          expect(!exported.ok && exported.error.message, file).toMatch(/Pathboard's own/);
          const backedUp = await service.backupData({});
          expect(!backedUp.ok && backedUp.error.message, file).toMatch(/Pathboard's own/);
        }
        expect(await Promise.all(oldFiles.map((f) => readFile(f, 'utf8')))).toEqual(bytes);
      };
      await refused(api);
      expect(await isOwnDataFile(dataFile, [target, dataFile])).toBe(true);
      expect(await isOwnDataFile(dataFile, [target])).toBe(false);
      // A report beside the old files is still fine.
      answers.save = join(home, 'report.md');
      expect(await api.exportReport({ format: 'md', includeNotes: false })).toEqual({ ok: true, data: { path: answers.save } });
      await api.close();

      const location = await readDataLocation(locationFile, dataFile);
      const restarted = await createApi({
        dataFile: location.dataFile,
        roadmapsDir: ROADMAPS_DIR,
        clock,
        dialogs: { chooseSavePath: async () => answers.save, chooseOpenPath: async () => null },
        dataLocation: { locationFile, chooseFolder: async () => null },
      });
      await refused(restarted);
      await restarted.close();
    }));

  it('moves back and forth, remembering every earlier place', () =>
    withTempDir(async (dir) => {
      const { api, home, dataFile, target, locationFile, answers } = await setup(dir);
      expect((await api.moveDataFolder({})).ok).toBe(true);
      answers.folder = home;
      // The old folder still holds this computer's data from before the move: it is the same data, so it is simply used.
      const back = await api.moveDataFolder({});
      if (!back.ok || back.data.movedTo === null) throw new Error(back.ok ? 'the move was cancelled' : back.error.message);
      expect(back.data).toMatchObject({ movedTo: dataFile, keptAs: null });
      expect(await readDataLocation(locationFile, dataFile)).toEqual({ dataFile, previous: [target], problem: null });
      await api.setMilestoneStatus({ milestoneId: 'kubernetes', status: 'done' });
      expect((await readDataFile(dataFile)).progress['kubernetes']?.status).toBe('done');
      expect(existsSync(lockPathOf(target))).toBe(false);

      // Moving again to the synced folder, which now holds the older data left there: that is used, and this computer's
      // newer data is kept beside it, so a merge (the latest change wins) brings Kubernetes back.
      answers.folder = join(target, '..');
      const again = await api.moveDataFolder({});
      if (!again.ok || again.data.movedTo === null) throw new Error(again.ok ? 'the move was cancelled' : again.error.message);
      expect(again.data.keptAs).not.toBeNull();
      expect(again.data.document?.progress['kubernetes']).toBeUndefined();
      const merged = await api.mergeConflictCopy({ path: again.data.keptAs! });
      expect(merged.ok && merged.data.document.progress['kubernetes']?.status).toBe('done');
      expect(await readDataLocation(locationFile, dataFile)).toEqual({ dataFile: target, previous: [dataFile], problem: null });
      await api.close();
    }));
});

// ---- failures: one row per step of the move -------------------------------------------------------------------------

type Step = 'the lock in the new folder' | 'copying the data file' | 'copying the last good copy' | 'reading the copy back' | 'recording the new place';

/** node:fs for the store, except that the step under test fails while `armed()` says so. */
function failingAt(step: Step, paths: () => { synced: string; locationFile: string }, armed: () => boolean): StoreFs {
  const tempOf = (name: string, path: string) => basename(path).startsWith(`.${name}.`) && path.startsWith(paths().synced);
  return {
    ...nodeFs,
    async open(path, flags, mode) {
      if (armed() && flags === 'wx') {
        if (step === 'copying the data file' && tempOf('pathboard.json', path)) throw ioError('ENOSPC');
        if (step === 'copying the last good copy' && tempOf('pathboard.bak.json', path)) throw ioError('ENOSPC');
        if (step === 'recording the new place' && basename(path).startsWith(`.${basename(paths().locationFile)}.`)) throw ioError('EACCES');
      }
      return nodeFs.open(path, flags, mode);
    },
    async readFile(path, encoding) {
      const text = await nodeFs.readFile(path, encoding);
      // A copy that does not read back the same (a sync tool or a bad disk changed it on the way).
      if (armed() && step === 'reading the copy back' && path === join(paths().synced, 'pathboard.json')) return text.replace('Kept across', 'Kept acros');
      return text;
    },
  };
}

const STEPS: Array<{ step: Step; reason: RegExp }> = [
  { step: 'the lock in the new folder', reason: /Pathboard on the computer "study-laptop" .* is using your data file/ },
  { step: 'copying the data file', reason: /the disk is full \(ENOSPC\)/ },
  { step: 'copying the last good copy', reason: /the disk is full \(ENOSPC\)/ },
  { step: 'reading the copy back', reason: /did not read back the same/ },
  { step: 'recording the new place', reason: /Pathboard is not allowed to write to its data folder \(EACCES\)/ },
];

describe('a move that fails', () => {
  for (const { step, reason } of STEPS) {
    it(`at "${step}": stays on the old file, says why, and loses nothing`, () =>
      withTempDir(async (dir) => {
        let armed = false;
        const where = { synced: '', locationFile: '' };
        const s = await setup(dir, { fs: failingAt(step, () => where, () => armed), watch: true });
        Object.assign(where, { synced: s.synced, locationFile: s.locationFile });
        const { api, home, synced, dataFile, locationFile } = s;
        const foreignLock = `${2 ** 22 + 7}\nstudy-laptop\n`;
        if (step === 'the lock in the new folder') await writeFile(lockPathOf(join(synced, 'pathboard.json')), foreignLock);
        const before = await documentOf(api);
        const noticesBefore = await noticesOf(api);
        const oldFiles = await readdir(home);
        const oldBytes = await readFile(dataFile, 'utf8');
        const syncedBefore = (await readdir(synced)).sort();

        armed = true;
        const result = await api.moveDataFolder({});
        armed = false;
        expect(result.ok).toBe(false);
        const message = !result.ok ? result.error.message : '';
        expect(message).toMatch(reason);
        expect(message).toContain(`Pathboard could not move your data to ${synced}`);
        expect(message).toContain(`Your data stays in ${home}, as it was.`);

        // Nothing changed: the document, the notices, the old files, the location, and the new folder holds only what it held.
        expect(await documentOf(api)).toEqual(before);
        expect(await noticesOf(api)).toEqual(noticesBefore);
        expect(await readFile(dataFile, 'utf8')).toBe(oldBytes);
        expect((await readdir(home)).sort()).toEqual(oldFiles.sort());
        expect(existsSync(locationFile)).toBe(false);
        expect((await readdir(synced)).sort()).toEqual(syncedBefore);
        if (step === 'the lock in the new folder') expect(await readFile(lockPathOf(join(synced, 'pathboard.json')), 'utf8')).toBe(foreignLock);
        expect(parseLock(await readFile(lockPathOf(dataFile), 'utf8'))).toEqual({ pid: process.pid, host: thisHost() });

        // And the learner carries on where they were: the next change lands in the old file.
        await api.setMilestoneStatus({ milestoneId: 'kubernetes', status: 'in-progress' });
        expect((await readDataFile(dataFile)).progress['kubernetes']?.status).toBe('in-progress');
        expect(existsSync(join(synced, 'pathboard.json'))).toBe(false);
        // The old file is still the one watched.
        await new Promise((r) => setTimeout(r, 200));
        const mine = await documentOf(api);
        await writeFile(dataFile, JSON.stringify(applyStatus(mine, 'git-version-control', 'done', clock())));
        await waitFor(async () => ((await documentOf(api)).progress['git-version-control']?.status === 'done' ? true : null), 'the reload');
        await api.close();
      }));
  }

  it('refuses a read-only store, a missing folder, the same folder and an unreadable file there, changing nothing', () =>
    withTempDir(async (dir) => {
      const { api, home, synced, dataFile, locationFile, answers } = await setup(dir);
      await writeFile(join(synced, 'pathboard.json'), 'not json');
      const unreadable = await api.moveDataFolder({});
      expect(!unreadable.ok && unreadable.error.message).toMatch(/already exists and is not a Pathboard data file/);
      expect(await readFile(join(synced, 'pathboard.json'), 'utf8')).toBe('not json');
      answers.folder = join(dir, 'nowhere');
      expect(await api.moveDataFolder({})).toMatchObject({ ok: false, error: { message: expect.stringMatching(/does not exist/) } });
      answers.folder = home;
      expect(await api.moveDataFolder({})).toMatchObject({ ok: false, error: { message: expect.stringMatching(/already in/) } });
      answers.folder = null;
      expect(await api.moveDataFolder({})).toEqual({ ok: true, data: { movedTo: null } });
      expect(existsSync(locationFile)).toBe(false);
      expect(existsSync(lockPathOf(join(synced, 'pathboard.json')))).toBe(false);
      expect(existsSync(dataFile)).toBe(true);
      await api.close();
    }));
});
