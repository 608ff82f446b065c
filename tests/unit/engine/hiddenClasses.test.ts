// Node's V8 (11.3 in Node 20, which runs the report CLI and these tests) gives each object a hot `{ ...o, key }` spread
// makes a hidden class of its own. Reading a property of thousands of objects of thousands of classes misses V8's
// lookup cache every time: a 10,000-milestone report spent most of its time on such reads. (Chromium's newer V8 shares
// the class; Electron's too.) This project runs with --allow-natives-syntax, so a test can ask V8 whether two objects
// share a class: it counts classes, not milliseconds.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadRoadmaps } from '../../../src/main/roadmaps';
import { emptyDocument } from '../../../src/shared/document';
import { pathView } from '../../../src/shared/pathView';
import { milestone, roadmap } from '../../support/roadmapFixtures';

const sameHiddenClass = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

/** How many hidden classes the objects have between them. */
function hiddenClasses(objects: readonly object[]): number {
  const seen: object[] = [];
  for (const o of objects) if (!seen.some((s) => sameHiddenClass(s, o))) seen.push(o);
  return seen.length;
}

describe('hidden classes of what every pass over a path reads', () => {
  it("a path view's milestones share one hidden class per shape of roadmap milestone, however many views are built", () => {
    // Two shapes: every seventh milestone is optional (one key more).
    const milestones = Array.from({ length: 3000 }, (_, i) =>
      milestone(`m${i}`, i % 3 === 0 ? [] : [`m${i - 1}`], i % 7 === 0 ? { optional: true } : {}),
    );
    const path = roadmap('p', milestones, [{ id: 'a', title: 'A', summary: 'All of it.', milestones: milestones.map((m) => m.id) }]);
    expect(hiddenClasses(path.milestones)).toBe(2);
    // Views are built again on every change and every report: the first few build the class, later ones must reuse it.
    for (let build = 0; build < 4; build++) expect(hiddenClasses(pathView(path, emptyDocument()).milestones)).toBe(2);
  });

  it('the shipped roadmaps, read and checked from disk, give their milestones one hidden class per set of keys', async () => {
    const roadmaps = await loadRoadmaps(join(import.meta.dirname, '../../../resources/roadmaps'));
    const milestones = roadmaps.flatMap((r) => pathView(r, emptyDocument()).milestones);
    const keySets = new Set(milestones.map((m) => Object.keys(m).join()));
    expect(milestones.length).toBeGreaterThan(50);
    expect(hiddenClasses(milestones)).toBeLessThanOrEqual(keySets.size);
  });
});
