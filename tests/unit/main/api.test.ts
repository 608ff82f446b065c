import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src/main/api';
import { twoPathFixture, writeRoadmaps } from '../../support/roadmapFixtures';
import { withTempDir } from '../../support/tempDir';

const clock = () => new Date('2026-05-10T12:00:00.000Z');

async function setup(dir: string) {
  const roadmapsDir = await writeRoadmaps(dir, twoPathFixture());
  const dataFile = join(dir, 'pathboard.json');
  const api = await createApi({ dataFile, roadmapsDir, clock });
  return { api, dataFile, roadmapsDir };
}

describe('createApi', () => {
  it('lists the paths and returns one roadmap by id', () =>
    withTempDir(async (dir) => {
      const { api } = await setup(dir);
      const list = await api.listRoadmaps({});
      expect(list.ok && list.data.map((r) => r.id)).toEqual(['data-path', 'ops-path']);
      expect(list.ok && list.data[1]?.milestones).toHaveLength(3);
      const one = await api.getRoadmap({ pathId: 'ops-path' });
      expect(one.ok && one.data.milestones.map((m) => m.id)).toEqual(['python', 'docker', 'kubernetes']);
    }));

  it('chooses a path and checks a milestone off; a fresh instance on the same file sees both', () =>
    withTempDir(async (dir) => {
      const { api, dataFile, roadmapsDir } = await setup(dir);
      expect((await api.choosePath({ pathId: 'ops-path' })).ok).toBe(true);
      const set = await api.setMilestoneStatus({ milestoneId: 'docker', status: 'done' });
      expect(set.ok).toBe(true);
      const again = await createApi({ dataFile, roadmapsDir, clock });
      const state = await again.getState({});
      expect(state.ok && state.data.document.activePathId).toBe('ops-path');
      expect(state.ok && state.data.document.progress['docker']).toEqual({
        status: 'done',
        startedAt: '2026-05-10T12:00:00.000Z',
        completedAt: '2026-05-10T12:00:00.000Z',
      });
    }));

  it('counts a shared milestone on every path that has it', () =>
    withTempDir(async (dir) => {
      const { api } = await setup(dir);
      await api.choosePath({ pathId: 'data-path' });
      await api.setMilestoneStatus({ milestoneId: 'python', status: 'done' });
      await api.choosePath({ pathId: 'ops-path' });
      const state = await api.getState({});
      expect(state.ok && state.data.document.progress['python']?.status).toBe('done');
    }));

  const badCalls: Array<[string, (api: Awaited<ReturnType<typeof createApi>>) => Promise<unknown>, string]> = [
    ['an unknown path id', (api) => api.choosePath({ pathId: 'astronaut' }), 'NOT_FOUND'],
    ['an unknown milestone id', (api) => api.setMilestoneStatus({ milestoneId: 'juggling', status: 'done' }), 'NOT_FOUND'],
    ['a bad status', (api) => api.setMilestoneStatus({ milestoneId: 'docker', status: 'finished' }), 'INVALID_INPUT'],
    ['a missing field', (api) => api.setMilestoneStatus({ milestoneId: 'docker' }), 'INVALID_INPUT'],
    ['an extra field', (api) => api.choosePath({ pathId: 'ops-path', admin: true }), 'INVALID_INPUT'],
    ['no payload at all', (api) => api.choosePath(undefined), 'INVALID_INPUT'],
    ['a string instead of an object', (api) => api.setMilestoneStatus('docker'), 'INVALID_INPUT'],
    ['a __proto__ milestone id', (api) => api.setMilestoneStatus({ milestoneId: '__proto__', status: 'done' }), 'INVALID_INPUT'],
    ['an unknown roadmap', (api) => api.getRoadmap({ pathId: 'nope' }), 'NOT_FOUND'],
  ];

  for (const [label, call, code] of badCalls) {
    it(`answers ${label} with a typed ${code} error and changes nothing`, () =>
      withTempDir(async (dir) => {
        const { api, dataFile } = await setup(dir);
        await api.choosePath({ pathId: 'ops-path' });
        const before = await readFile(dataFile, 'utf8');
        const result = (await call(api)) as { ok: boolean; error?: { code: string; message: string } };
        expect(result.ok).toBe(false);
        expect(result.error?.code).toBe(code);
        expect(result.error?.message.length).toBeGreaterThan(10);
        expect(await readFile(dataFile, 'utf8')).toBe(before);
        expect(({} as Record<string, unknown>)['status']).toBeUndefined();
      }));
  }

  it('refuses to start on a roadmap file with a broken field, naming the file and the field', () =>
    withTempDir(async (dir) => {
      const [ops] = twoPathFixture();
      const roadmapsDir = await writeRoadmaps(dir, [{ ...ops, milestones: [{ ...ops!.milestones[0], estimateHours: -1 }] }]);
      await expect(createApi({ dataFile: join(dir, 'd.json'), roadmapsDir, clock })).rejects.toThrow(
        /ops-path\.json: milestones\[0\]\.estimateHours/,
      );
    }));
});
