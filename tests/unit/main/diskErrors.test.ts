// Disk errors at write time, injected through the store's fs seam: the old file stays byte-identical, memory keeps the
// old document, and the caller gets a typed error whose message names the problem.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src/main/api';
import { DocumentStore } from '../../../src/main/store/documentStore';
import { WriteFailedError } from '../../../src/main/store/errors';
import { nodeFs, type StoreFs } from '../../../src/main/store/durableWrite';
import { emptyDocument } from '../../../src/shared/document';
import { applyStatus } from '../../../src/shared/progress';
import { twoPathFixture, writeRoadmaps } from '../../support/roadmapFixtures';
import { withTempDir } from '../../support/tempDir';

const clock = () => new Date('2026-04-02T09:15:30.123Z');

type Step = 'create the temp file' | 'write (half the bytes land)' | 'read the written stamp' | 'fsync' | 'close' | 'rename';
const STEPS: Step[] = ['create the temp file', 'write (half the bytes land)', 'read the written stamp', 'fsync', 'close', 'rename'];

const ioError = (code: string) => Object.assign(new Error(`${code}: injected`), { code, errno: -1, syscall: 'write' });

/** node:fs, except that writing the data file fails at `step` with `code` while `armed()` says so. */
function failingFs(code: string, step: Step, armed: () => boolean): StoreFs {
  return {
    ...nodeFs,
    async open(path, flags, mode) {
      if (flags === 'wx' && armed() && step === 'create the temp file') throw ioError(code);
      const handle = await nodeFs.open(path, flags, mode);
      if (flags !== 'wx' || !armed()) return handle;
      return {
        async writeFile(data) {
          if (step !== 'write (half the bytes land)') return handle.writeFile(data);
          await handle.writeFile(data.slice(0, Math.floor(data.length / 2)));
          throw ioError(code);
        },
        stat: async () => {
          if (step === 'read the written stamp') throw ioError(code);
          return handle.stat();
        },
        sync: async () => {
          if (step === 'fsync') throw ioError(code);
          return handle.sync();
        },
        close: async () => {
          await handle.close();
          if (step === 'close') throw ioError(code);
        },
      };
    },
    async rename(from, to) {
      if (armed() && step === 'rename') throw ioError(code);
      return nodeFs.rename(from, to);
    },
  };
}

const HUMAN: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EACCES: 'Pathboard is not allowed to write to its data folder',
  EPERM: 'Pathboard is not allowed to write to its data folder',
};

describe('a write that fails on the disk', () => {
  for (const code of ['ENOSPC', 'EACCES', 'EPERM']) {
    for (const step of STEPS) {
      it(`${code} at "${step}": keeps the old file byte for byte, keeps memory, and says ${HUMAN[code]}`, () =>
        withTempDir(async (dir) => {
          const file = join(dir, 'pathboard.json');
          let armed = false;
          const store = await DocumentStore.open(file, clock, { fs: failingFs(code, step, () => armed) });
          const saved = await store.update((doc) => applyStatus({ ...doc, activePathId: 'mlops-engineer' }, 'docker', 'done', clock()));
          const before = await readFile(file);

          armed = true;
          const error = await store.update((doc) => applyStatus(doc, 'kubernetes', 'in-progress', clock())).catch((e: unknown) => e);
          expect(error).toBeInstanceOf(WriteFailedError);
          expect(error).toMatchObject({ code });
          expect((error as Error).message).toContain(`because ${HUMAN[code]} (${code})`);
          expect((error as Error).message).toContain('Your data file was not changed');
          expect(await readFile(file)).toEqual(before);
          expect(store.document).toEqual(saved);
          expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);

          // Once the disk recovers the next change is saved on top of the last good document.
          armed = false;
          const next = await store.update((doc) => applyStatus(doc, 'kubernetes', 'in-progress', clock()));
          expect(next.history.map((h) => h.milestoneId)).toEqual(['docker', 'kubernetes']);
          expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(next);
          await store.close();
        }));
    }
  }

  it('fails the very first write (no file yet) without leaving a file or a temp file behind', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      const store = await DocumentStore.open(file, clock, { fs: failingFs('ENOSPC', 'write (half the bytes land)', () => true) });
      await expect(store.update((doc) => ({ ...doc, activePathId: 'ml-engineer' }))).rejects.toThrow(/the disk is full/);
      expect(store.document).toEqual(emptyDocument());
      await store.close();
      expect(await readdir(dir)).toEqual([]);
    }));
});

describe('the api on a real failing disk', () => {
  // Tests run as root, where chmod blocks nothing; a data folder that vanishes (an unplugged drive) fails for root too.
  it('answers a change with a typed IO_ERROR, and getState still returns the last saved document', () =>
    withTempDir(async (dir) => {
      const dataDir = join(dir, 'data');
      const roadmapsDir = await writeRoadmaps(dir, twoPathFixture());
      const dataFile = join(dataDir, 'pathboard.json');
      await mkdir(dataDir);
      await writeFile(dataFile, JSON.stringify(emptyDocument()));
      const api = await createApi({ dataFile, roadmapsDir, clock });
      expect((await api.choosePath({ pathId: 'ops-path' })).ok).toBe(true);
      await rm(dataDir, { recursive: true });

      const result = await api.setMilestoneStatus({ milestoneId: 'docker', status: 'done' });
      expect(result).toEqual({ ok: false, error: { code: 'IO_ERROR', message: expect.stringContaining('ENOENT') } });
      const state = await api.getState({});
      expect(state.ok && state.data.document.activePathId).toBe('ops-path');
      expect(state.ok && state.data.document.progress['docker']).toBeUndefined();
    }));
});
