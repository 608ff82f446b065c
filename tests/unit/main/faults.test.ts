// Disk faults at every file system call: for each scenario (a save, start-up in each recovery state, a backup, a
// restore, an export, a folder move into an empty folder and into one holding another computer's data), the k-th call
// of the store's one seam fails, for every k, with EIO, ENOSPC, EACCES and EPERM, once and until cleared. After each:
// no acknowledged change is lost (after the fault clears, and after a restart), no copy of the learner's data is
// written over, what the learner is told is what happened on disk, and no temp or half-made file is left behind.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createApi, type AppService } from '../../../src/main/api';
import { DocumentStore } from '../../../src/main/store/documentStore';
import { readDataLocation } from '../../../src/main/store/moveDataFolder';
import { backupPath } from '../../../src/main/store/recovery';
import { emptyDocument, type UserDocument } from '../../../src/shared/document';
import { parseDocumentText, serializeDocument } from '../../../src/shared/documentFile';
import { applyStatus } from '../../../src/shared/progress';
import { FAULT_CODES, FAULT_MODES, faultyFs, type FaultPlan, type FaultyFs } from '../../support/faultyFs';
import { ROADMAPS_DIR, withTempDir } from '../../support/tempDir';

const clock = () => new Date('2026-05-04T10:00:00.000Z');

/** Every file under `dir`, by path relative to it, with its text. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (at: string) => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) await walk(path);
      else out[relative(dir, path)] = await readFile(path, 'utf8');
    }
  };
  await walk(dir);
  return out;
}
const withoutLocks = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).filter(([name]) => !name.endsWith('.lock')));
/** The files that hold data: no lock, no temp file (those are checked once the fault is gone). */
const settled = (files: Record<string, string>) => Object.fromEntries(Object.entries(withoutLocks(files)).filter(([name]) => !name.endsWith('.tmp')));
const strays = (files: Record<string, string>) => Object.keys(files).filter((name) => name.endsWith('.tmp'));
const parsed = (text: string | undefined): UserDocument | null => {
  if (text === undefined) return null;
  const p = parseDocumentText(text);
  return p.kind === 'ok' ? p.document : null;
};

interface Coverage {
  runs: number;
  positions: number;
  fired: number;
}
const coverage = new Map<string, Coverage>();

/**
 * Runs `scenario` once without a fault to count its calls, then once for every position k of those calls (and one
 * past them), every code and both modes. The count is printed per scenario for the closing note.
 */
function everyFault(name: string, scenario: (dir: string, faults: FaultyFs, plan: FaultPlan) => Promise<void>) {
  it(`${name}: a fault at every file system call, with ${FAULT_CODES.join(', ')}, once and until cleared`, async () => {
    const counted = faultyFs({ k: 0, code: 'EIO', mode: 'once' });
    await withTempDir((dir) => scenario(dir, counted, { k: 0, code: 'EIO', mode: 'once' }));
    const positions = counted.calls;
    expect(positions).toBeGreaterThan(3);
    const seen: Coverage = { runs: 0, positions, fired: 0 };
    for (let k = 1; k <= positions + 1; k++) {
      for (const code of FAULT_CODES) {
        for (const mode of FAULT_MODES) {
          const plan: FaultPlan = { k, code, mode };
          const faults = faultyFs(plan);
          try {
            await withTempDir((dir) => scenario(dir, faults, plan));
          } catch (error) {
            (error as Error).message = `k=${k} (${faults.log[k - 1] ?? 'past the last call'}), ${code}, ${mode}: ${(error as Error).message}\ncalls: ${faults.log.join(', ')}`;
            throw error;
          }
          seen.runs += 1;
          if (faults.fired) seen.fired += 1;
        }
      }
    }
    coverage.set(name, seen);
    console.log(`faults: ${name}: ${positions} positions x ${FAULT_CODES.length} errors x ${FAULT_MODES.length} modes = ${seen.runs} runs (${seen.fired} with the fault hit)`);
  });
}

const docA = applyStatus({ ...emptyDocument(), activePathId: 'mlops-engineer' }, 'docker', 'done', clock());
const docB = applyStatus({ ...emptyDocument(), activePathId: 'data-scientist' }, 'statistics', 'in-progress', clock());
const withX = (doc: UserDocument) => applyStatus(doc, 'kubernetes', 'in-progress', clock());
const withY = (doc: UserDocument) => applyStatus(doc, 'python-foundations', 'done', clock());

describe('a save', () => {
  everyFault('save', async (dir, faults) => {
    const file = join(dir, 'pathboard.json');
    const first = await DocumentStore.open(file, clock, { fs: faults.fs });
    await first.update(() => docA);
    await first.close();
    // Opened again, so the last good copy holds A too.
    const store = await DocumentStore.open(file, clock, { fs: faults.fs });
    faults.arm();
    const answer = await store.update(withX).then(
      (doc) => ({ ok: true as const, doc }),
      (error: unknown) => ({ ok: false as const, error: error as Error }),
    );
    const disk = await snapshot(dir);
    if (answer.ok) {
      // Acknowledged: it is the data file now.
      expect(parsed(disk['pathboard.json'])).toEqual(answer.doc);
    } else {
      // Told it was not kept: the data file and memory are as before.
      expect(answer.error.message).toMatch(/could not save your change because .* \([A-Z]+\)\. Your data file was not changed and the change was not kept/);
      expect(parsed(disk['pathboard.json'])).toEqual(docA);
      expect(store.document).toEqual(docA);
    }
    // Told the disk did not confirm it only when the folder's flush failed, and then the change is on disk.
    const unflushed = store.notices.some((n) => n.kind === 'write-not-flushed');
    if (unflushed) expect(answer.ok).toBe(true);
    expect(parsed(disk['pathboard.bak.json'])).toEqual(docA);

    faults.clear();
    const after = await store.update(withY);
    expect(after).toEqual(withY(answer.ok ? answer.doc : docA));
    await store.close();
    expect(strays(await snapshot(dir))).toEqual([]);

    const again = await DocumentStore.open(file, clock);
    expect(again.document).toEqual(after);
    expect(again.readOnly).toBe(false);
    await again.close();
  });
});

type FileState = 'good' | 'missing' | 'corrupt';
const STATES: FileState[] = ['good', 'missing', 'corrupt'];

describe('start-up', () => {
  for (const main of STATES) {
    for (const bak of STATES) {
      everyFault(`start-up, data file ${main}, last good copy ${bak}`, async (dir, faults) => {
        const file = join(dir, 'pathboard.json');
        const texts = { main: serializeDocument(docA), bak: serializeDocument(docB), corruptMain: '{"schemaVersion":3,"activ', corruptBak: 'not JSON at all' };
        if (main === 'good') await writeFile(file, texts.main);
        if (main === 'corrupt') await writeFile(file, texts.corruptMain);
        if (bak === 'good') await writeFile(backupPath(file), texts.bak);
        if (bak === 'corrupt') await writeFile(backupPath(file), texts.corruptBak);
        const before = await snapshot(dir);
        /** What the learner has: the data file when it is good, else the last good copy when that is. */
        const learners = main === 'good' ? docA : bak === 'good' ? docB : null;
        /** Bytes no start may lose: the learner's data, and anything corrupt (moved aside, never deleted). */
        const keep = [
          ...(main === 'good' ? [texts.main] : bak === 'good' ? [texts.bak] : []),
          ...(main === 'corrupt' ? [texts.corruptMain] : []),
          ...(bak === 'corrupt' ? [texts.corruptBak] : []),
        ];

        faults.arm();
        const opened = await DocumentStore.open(file, clock, { fs: faults.fs }).catch((error: unknown) => error as Error);
        let acknowledged: UserDocument | null = null;
        if (opened instanceof Error) {
          // Refused to start: with a plain reason, and nothing on disk changed.
          expect(opened.message).toMatch(/Pathboard/);
          expect(settled(await snapshot(dir))).toEqual(settled(before));
        } else {
          const store = opened;
          if (!store.readOnly) expect(store.document).toEqual(learners ?? emptyDocument());
          // Read-only shows the learner's data (the data file's, or the last good copy's while the data file cannot be
          // read), or nothing at all, never something else; and says why.
          else {
            const readable = [learners, bak === 'good' ? docB : null, emptyDocument()];
            expect(readable.some((d) => d !== null && isDeepStrictEqual(d, store.document))).toBe(true);
            expect(store.notices.length).toBeGreaterThan(0);
          }
          const disk = await snapshot(dir);
          const left = new Set(Object.values(disk));
          for (const text of keep) expect(left.has(text)).toBe(true);
          for (const n of store.notices) {
            // A notice names files that are there (unless it says the file could not be read), and claims a restore only
            // when the data file holds the copy.
            if (!/could not (be )?(read|refresh)|read-only/.test(n.message)) expect(disk[relative(dir, n.path)]).toBeDefined();
            if (/was restored/.test(n.message)) expect(disk['pathboard.json']).toBe(texts.bak);
            if (/started with fresh data/.test(n.message)) expect(learners).toBeNull();
          }
          faults.clear();
          if (!store.readOnly) acknowledged = await store.update(withX);
          await store.close();
        }
        faults.clear();
        const again = await DocumentStore.open(file, clock);
        expect(again.readOnly).toBe(false);
        expect(again.document).toEqual(acknowledged ?? learners ?? emptyDocument());
        await again.close();
        const disk = await snapshot(dir);
        const left = new Set(Object.values(disk));
        for (const text of keep.filter((t) => t === texts.corruptMain || t === texts.corruptBak)) expect(left.has(text)).toBe(true);
        expect(strays(disk)).toEqual([]);
      });
    }
  }
});

/** The service on a data file with some progress and a last good copy, with dialogs that answer as the test says. */
async function service(dir: string, faults: FaultyFs) {
  const home = join(dir, 'userData');
  const elsewhere = join(dir, 'elsewhere');
  await mkdir(home);
  await mkdir(elsewhere);
  const dataFile = join(home, 'pathboard.json');
  const locationFile = join(home, 'data-location.json');
  const answers = { save: null as string | null, open: null as string | null, folder: null as string | null };
  const open = (fs = faults.fs) =>
    createApi({
      dataFile,
      roadmapsDir: ROADMAPS_DIR,
      clock,
      fs,
      dialogs: { chooseSavePath: async () => answers.save, chooseOpenPath: async () => answers.open },
      dataLocation: { locationFile, chooseFolder: async () => answers.folder },
    });
  const first = await open();
  await first.choosePath({ pathId: 'mlops-engineer' });
  await first.setMilestoneStatus({ milestoneId: 'docker', status: 'done' });
  await first.close();
  const api = await open();
  await api.updateProgress({ milestoneId: 'docker', changes: { notes: 'Notes that must survive' } });
  return { api, open, home, elsewhere, dataFile, locationFile, answers };
}
type Service = Awaited<ReturnType<typeof service>>;

const documentOf = async (api: AppService): Promise<UserDocument> => {
  const state = await api.getState({});
  if (!state.ok) throw new Error(state.error.message);
  return state.data.document;
};

/**
 * After the fault: clear it, make one more change (it must work), check no stray file is left anywhere, then restart
 * from where the location file points and find that change and everything before it.
 */
async function afterwards(dir: string, s: Service, faults: FaultyFs): Promise<void> {
  faults.clear();
  const changed = await s.api.setMilestoneStatus({ milestoneId: 'kubernetes', status: 'in-progress' });
  expect(changed.ok).toBe(true);
  const expected = await documentOf(s.api);
  await s.api.close();
  expect(strays(await snapshot(dir))).toEqual([]);
  const where = await readDataLocation(s.locationFile, s.dataFile);
  expect(where.problem).toBeNull();
  const again = await DocumentStore.open(where.dataFile, clock);
  expect(again.document).toEqual(expected);
  await again.close();
}

describe('files the learner asks for', () => {
  for (const kind of ['backup', 'export'] as const) {
    everyFault(kind, async (dir, faults) => {
      const s = await service(dir, faults);
      const target = join(s.elsewhere, kind === 'backup' ? 'pathboard-backup.json' : 'progress.md');
      await writeFile(target, 'an earlier file of that name');
      s.answers.save = target;
      const home = withoutLocks(await snapshot(s.home));
      faults.arm();
      const answer = kind === 'backup' ? await s.api.backupData({}) : await s.api.exportReport({ format: 'md', includeNotes: true });
      const written = await readFile(target, 'utf8');
      if (answer.ok) {
        expect(answer.data.path).toBe(target);
        if (kind === 'backup') expect(parsed(written)).toEqual(await documentOf(s.api));
        else expect(written).toMatch(/^# .*\n[\s\S]*Notes that must survive/);
      } else {
        // Refused with the reason, and the earlier file of that name is as it was.
        expect(answer.error.message).toMatch(/because .* \([A-Z]+\)/);
        expect(written).toBe('an earlier file of that name');
      }
      // The learner's data files are not touched by a backup or an export.
      expect(withoutLocks(await snapshot(s.home))).toEqual(home);
      await afterwards(dir, s, faults);
    });
  }

  everyFault('restore', async (dir, faults) => {
    const s = await service(dir, faults);
    const backup = join(s.elsewhere, 'backup.json');
    await writeFile(backup, serializeDocument(docB));
    s.answers.open = backup;
    const current = await documentOf(s.api);
    faults.arm();
    const chosen = await s.api.chooseBackup({});
    const answer = chosen.ok ? await s.api.restoreBackup({ path: backup }) : chosen;
    const onDisk = parsed(await readFile(s.dataFile, 'utf8'));
    if (answer.ok && 'safetyCopy' in answer.data) {
      expect(onDisk).toEqual(docB);
      expect(parsed(await readFile(answer.data.safetyCopy, 'utf8'))).toEqual(current);
    } else {
      expect(answer.ok).toBe(false);
      if (!answer.ok) expect(answer.error.message).toMatch(/Nothing was changed|was not changed and the change was not kept/);
      expect(onDisk).toEqual(current);
      expect(await documentOf(s.api)).toEqual(current);
    }
    await afterwards(dir, s, faults);
  });
});

describe('moving the data folder', () => {
  for (const into of ['an empty folder', "a folder holding another computer's data"] as const) {
    everyFault(`move into ${into}`, async (dir, faults) => {
      const s = await service(dir, faults);
      const synced = join(dir, 'Sync');
      await mkdir(synced);
      if (into !== 'an empty folder') {
        await writeFile(join(synced, 'pathboard.json'), serializeDocument(docB));
        await writeFile(join(synced, 'pathboard.bak.json'), serializeDocument(docB));
      }
      s.answers.folder = synced;
      const ours = await documentOf(s.api);
      const home = withoutLocks(await snapshot(s.home));
      const target = await snapshot(synced);
      faults.arm();
      const answer = await s.api.moveDataFolder({});
      const location = await readDataLocation(s.locationFile, s.dataFile);
      // The old folder is as it was either way (a move copies; the location file is the only new file there).
      const homeNow = settled(await snapshot(s.home));
      delete homeNow['data-location.json'];
      expect(homeNow).toEqual(home);
      if (answer.ok && answer.data.movedTo) {
        expect(location.dataFile).toBe(join(synced, 'pathboard.json'));
        const now = await documentOf(s.api);
        if (into === 'an empty folder') expect(now).toEqual(ours);
        else {
          expect(now).toEqual(docB);
          expect(parsed(await readFile(answer.data.keptAs!, 'utf8'))).toEqual(ours);
        }
      } else {
        expect(answer.ok).toBe(false);
        if (!answer.ok) expect(answer.error.message).toMatch(/could not move your data to .*Your data stays in/);
        // One switch: a failed move leaves the location where it was, and the target as it was once the fault clears.
        expect(location.dataFile).toBe(s.dataFile);
        expect(await documentOf(s.api)).toEqual(ours);
        faults.clear();
        await s.api.setMilestoneStatus({ milestoneId: 'python-foundations', status: 'in-progress' });
        expect(withoutLocks(await snapshot(synced))).toEqual(withoutLocks(target));
        expect(Object.keys(await snapshot(synced)).some((n) => n.endsWith('.lock'))).toBe(false);
      }
      await afterwards(dir, s, faults);
    });
  }
});
