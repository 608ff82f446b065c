// What crosses IPC: every answer is the whole document as plain data, which a structured clone gives back unchanged.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src/main/api';
import { twoPathFixture, writeRoadmaps } from '../../support/roadmapFixtures';
import { withTempDir } from '../../support/tempDir';

/** The paths of every object in `value` that structured cloning (Electron's IPC) would not give back as it is. */
function notPlain(value: unknown, path = 'answer'): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return [path];
  return Object.entries(value).flatMap(([k, v]) => notPlain(v, `${path}.${k}`));
}

const NOW = new Date('2026-05-10T12:00:00.000Z');

describe('the answers the renderer receives', () => {
  it('are the service\'s whole document as plain data, after every kind of change', () =>
    withTempDir(async (dir) => {
      const roadmapsDir = await writeRoadmaps(dir, twoPathFixture());
      const api = await createApi({ dataFile: join(dir, 'pathboard.json'), roadmapsDir, clock: () => NOW });
      const calls = [
        () => api.getState({}),
        () => api.choosePath({ pathId: 'ops-path' }),
        () => api.setMilestoneStatus({ milestoneId: 'docker', status: 'done' }),
        () => api.updateProgress({ milestoneId: 'kubernetes', changes: { notes: 'Pods first' } }),
        () => api.undo({}),
      ];
      for (const call of calls) {
        const answer = await call();
        if (!answer.ok) throw new Error(answer.error.message);
        expect(notPlain(answer.data)).toEqual([]);
        const state = await api.getState({});
        if (!state.ok) throw new Error(state.error.message);
        const doc = 'document' in answer.data ? answer.data.document : answer.data;
        expect(structuredClone(doc)).toStrictEqual(state.data.document);
      }
      await api.close();
    }));

  it('use the time the renderer stamped a change with, so the answer equals the copy it already shows', () =>
    withTempDir(async (dir) => {
      const roadmapsDir = await writeRoadmaps(dir, twoPathFixture());
      const api = await createApi({ dataFile: join(dir, 'pathboard.json'), roadmapsDir, clock: () => NOW });
      await api.choosePath({ pathId: 'ops-path' });
      const stamped = new Date(NOW.getTime() - 1500).toISOString();
      const done = await api.setMilestoneStatus({ milestoneId: 'docker', status: 'done', at: stamped });
      if (!done.ok) throw new Error(done.error.message);
      expect(done.data.progress['docker']?.completedAt).toBe(stamped);
      expect(done.data.undo.past.at(-1)?.at).toBe(stamped);
      // A time far from the main process's clock is not taken: the clock's is.
      const far = await api.setMilestoneStatus({ milestoneId: 'kubernetes', status: 'done', at: '2020-01-01T00:00:00.000Z' });
      if (!far.ok) throw new Error(far.error.message);
      expect(far.data.progress['kubernetes']?.completedAt).toBe(NOW.toISOString());
      await api.close();
    }));
});
