// A lock that came through a synced folder from another computer is understood, not taken over as a stale local one.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src/main/api';
import { DocumentStore } from '../../../src/main/store/documentStore';
import { DataFileLockedError, lockPathOf, parseLock, thisHost } from '../../../src/main/store/lockFile';
import { ROADMAPS_DIR, withTempDir } from '../../support/tempDir';

const clock = () => new Date('2026-07-01T12:00:00.000Z');
const DEAD_PID = 2 ** 22 + 12_345; // above Linux's pid_max default: no such process here

describe('the lock file records host and process', () => {
  it('writes "pid, then host" and reads locks of both formats', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      const store = await DocumentStore.open(file, clock);
      expect(parseLock(await readFile(lockPathOf(file), 'utf8'))).toEqual({ pid: process.pid, host: thisHost() });
      await store.close();
      expect(parseLock('4242\n')).toEqual({ pid: 4242, host: null });
      expect(parseLock('garbage')).toBeNull();
    }));

  it('refuses to start over a lock from another computer, even with a pid that is dead here, naming the computer and changing nothing', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      const api = await createApi({ dataFile: file, roadmapsDir: ROADMAPS_DIR, clock });
      await api.choosePath({ pathId: 'mlops-engineer' });
      await api.close();
      const content = await readFile(file, 'utf8');
      const lock = `${DEAD_PID}\nstudy-laptop\n`;
      await writeFile(lockPathOf(file), lock);
      const folder = (await readdir(dir)).sort();

      const error = await DocumentStore.open(file, clock).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DataFileLockedError);
      expect(error).toMatchObject({ holderPid: DEAD_PID, holderHost: 'study-laptop' });
      expect((error as Error).message).toContain(`Pathboard on the computer "study-laptop" (process ${DEAD_PID}) is using your data file at ${file}`);
      expect((error as Error).message).toContain(`delete ${lockPathOf(file)}`);
      expect(await readFile(file, 'utf8')).toBe(content);
      expect(await readFile(lockPathOf(file), 'utf8')).toBe(lock);
      expect((await readdir(dir)).sort()).toEqual(folder);
    }));

  it('still takes over a stale lock of a dead process on this computer, in both formats', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      for (const stale of [`${DEAD_PID}\n${thisHost()}\n`, `${DEAD_PID}\n`]) {
        await writeFile(lockPathOf(file), stale);
        const store = await DocumentStore.open(file, clock);
        expect(parseLock(await readFile(lockPathOf(file), 'utf8'))).toEqual({ pid: process.pid, host: thisHost() });
        await store.close();
      }
    }));
});
