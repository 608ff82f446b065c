import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src/main/api';
import { linkRenderer } from '../../../src/main/rendererLink';
import { applyChange, type DocumentChange } from '../../../src/shared/documentChange';
import type { UserDocument } from '../../../src/shared/document';
import { twoPathFixture, writeRoadmaps } from '../../support/roadmapFixtures';
import { withTempDir } from '../../support/tempDir';

/** The paths of every object in `value` that structured cloning (Electron's IPC) would not give back as it is. */
function notPlain(value: unknown, path = 'answer'): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return [path];
  return Object.entries(value).flatMap(([k, v]) => notPlain(v, `${path}.${k}`));
}

describe('the answers the renderer receives', () => {
  it('are plain data that survive structured cloning, and rebuild the service\'s document, whole and change by change', () =>
    withTempDir(async (dir) => {
      const roadmapsDir = await writeRoadmaps(dir, twoPathFixture());
      const service = await createApi({ dataFile: join(dir, 'pathboard.json'), roadmapsDir, clock: () => new Date('2026-05-10T12:00:00.000Z') });
      const { api } = linkRenderer(service);
      const truth = async () => {
        const state = await service.getState({});
        if (!state.ok) throw new Error(state.error.message);
        return state.data.document;
      };
      const start = await api.getState({});
      if (!start.ok || !start.data.change) throw new Error('no start');
      expect(notPlain(start.data)).toEqual([]);
      let doc: UserDocument = applyChange(null, 0, structuredClone(start.data.change));
      let revision = start.data.change.revision;
      const calls = [
        () => api.choosePath({ pathId: 'ops-path' }),
        () => api.setMilestoneStatus({ milestoneId: 'docker', status: 'done' }),
        () => api.updateProgress({ milestoneId: 'kubernetes', changes: { notes: 'Pods first' } }),
        () => api.undo({}),
      ];
      for (const call of calls) {
        const answer = await call();
        if (!answer.ok) throw new Error(answer.error.message);
        expect(notPlain(answer.data)).toEqual([]);
        const change = structuredClone(answer.data) as DocumentChange;
        doc = applyChange(doc, revision, change);
        revision = change.revision;
        expect(doc).toEqual(await truth());
      }
      await service.close();
    }));
});
