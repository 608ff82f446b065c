// Two computers edit the same data at random while a simulated sync tool carries the data file between their folders:
// late (a copy taken now, delivered after more edits on the other side), out of order, or, when both sides changed, as
// a conflict copy under Syncthing's, Dropbox's, OneDrive's or iCloud's name. Each computer runs the real store, the
// real watcher check and the real merge; computers restart at random. Once the sync settles, every edit either
// computer acknowledged must be in the data both hold. A failure prints fast-check's seed (PATHBOARD_PROPERTY_SEED
// replays it).
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../src/main/api';
import { findConflictCopies } from '../../../src/main/store/conflictCopies';
import { DocumentStore } from '../../../src/main/store/documentStore';
import { watchDataFile, type DataFileWatcher } from '../../../src/main/store/watchDataFile';
import { syncHandlers } from '../../../src/main/syncHandlers';
import { commit, updateProgress } from '../../../src/shared/mutations';
import { withTempDir } from '../../support/tempDir';

const MILESTONES = ['docker', 'kubernetes', 'git'] as const;
const TOOLS = ['syncthing', 'dropbox', 'onedrive', 'icloud'] as const;
type Tool = (typeof TOOLS)[number];

/** The name each tool gives the copy it could not put in place (the computer's own file stays). */
function conflictName(tool: Tool, from: string, n: number): string {
  switch (tool) {
    case 'syncthing':
      return `pathboard.sync-conflict-20260701-12${String(n).padStart(4, '0')}-${from.toUpperCase()}.json`;
    case 'dropbox':
      return `pathboard (${from}'s conflicted copy 2026-07-01 ${n}).json`;
    case 'onedrive':
      return `pathboard-${from.toUpperCase()}-PC${n}.json`;
    case 'icloud':
      return `pathboard ${n + 2}.json`;
  }
}

interface Device {
  name: string;
  file: string;
  store: DocumentStore;
  watcher: DataFileWatcher;
  /** What this computer's Pathboard answered "saved" to: "docker:tick:2", "git:note:t7". */
  acknowledged: string[];
}

type Op =
  | { kind: 'tick'; on: 0 | 1; milestone: string; step: number }
  | { kind: 'note'; on: 0 | 1; milestone: string }
  | { kind: 'send'; from: 0 | 1 }
  | { kind: 'deliver'; pick: number; tool: Tool }
  | { kind: 'restart'; on: 0 | 1 }
  | { kind: 'merge'; on: 0 | 1 };

const side = fc.constantFrom(0 as const, 1 as const);
const milestone = fc.constantFrom(...MILESTONES);
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('tick' as const), on: side, milestone, step: fc.integer({ min: 0, max: 4 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('note' as const), on: side, milestone }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('send' as const), from: side }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('deliver' as const), pick: fc.nat(), tool: fc.constantFrom(...TOOLS) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restart' as const), on: side }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('merge' as const), on: side }) },
);

async function play(dir: string, ops: Op[]): Promise<void> {
  let tick = 0;
  const clock = () => new Date(Date.UTC(2026, 6, 1, 12) + ++tick * 1000);
  let n = 0;
  const open = async (name: string, file: string, acknowledged: string[]): Promise<Device> => {
    await mkdir(join(file, '..'), { recursive: true });
    const store = await DocumentStore.open(file, clock);
    return { name, file, store, watcher: watchDataFile(store, file, clock, () => undefined, { watch: false }), acknowledged };
  };
  const devices = [await open('laptop', join(dir, 'laptop', 'pathboard.json'), []), await open('desktop', join(dir, 'desktop', 'pathboard.json'), [])];
  /**
   * The versions of the file each computer's current one grew from, as the sync tool tracks them (a version vector,
   * simplified): an arriving version replaces the file only if it grew from the one there; otherwise it is a conflict.
   */
  const known = [new Set<string>(), new Set<string>()];
  const copiesKnow = new Map<string, Set<string>>();
  const inFlight: Array<{ to: 0 | 1; bytes: string; knows: Set<string> }> = [];
  const current = async (i: 0 | 1) => {
    const bytes = await readFile(devices[i]!.file, 'utf8').catch(() => '');
    if (bytes !== '') known[i]!.add(bytes);
    return bytes;
  };

  const edit = async (d: Device, m: string, change: (notes: string) => Parameters<typeof updateProgress>[2], what: string) => {
    await d.store.update((doc) => commit(doc, updateProgress(doc, m, change(doc.progress[m]?.notes ?? '')), `Edit ${m}`, clock(), [m]));
    d.acknowledged.push(what);
  };
  const deliver = async ({ to, bytes, knows }: (typeof inFlight)[number], tool: Tool) => {
    const d = devices[to]!;
    const here = await current(to);
    if (bytes === '' || here === bytes) return;
    if (here === '' || knows.has(here)) {
      await writeFile(`${d.file}.tool-tmp`, bytes);
      await rename(`${d.file}.tool-tmp`, d.file);
    } else {
      const path = join(d.file, '..', conflictName(tool, devices[1 - to]!.name, n++));
      await writeFile(path, bytes);
      copiesKnow.set(path, knows);
    }
    for (const k of knows) known[to]!.add(k);
    await d.watcher.check();
  };
  const mergeAll = async (i: 0 | 1) => {
    const d = devices[i]!;
    const merge = syncHandlers({ store: d.store, clock } as unknown as HandlerContext).mergeConflictCopy;
    for (const copy of await findConflictCopies(d.file)) {
      const result = await merge({ path: copy.path });
      if (!result.ok) throw new Error(`${d.name} could not merge ${copy.name}: ${result.error.message}`);
      for (const k of copiesKnow.get(copy.path) ?? [await readFile(result.data.keptAs, 'utf8')]) known[i]!.add(k);
    }
    await current(i);
  };
  /** What the tool takes from a computer: its file now, and every version that file grew from. */
  const send = async (from: 0 | 1, to: 0 | 1) => ({ to, bytes: await current(from), knows: new Set(known[from]) });

  for (const o of ops) {
    if (o.kind === 'tick') await edit(devices[o.on]!, o.milestone, () => ({ step: { index: o.step, done: true } }), `${o.milestone}:tick:${o.step}`);
    if (o.kind === 'note') {
      const token = `t${n++}`;
      await edit(devices[o.on]!, o.milestone, (notes) => ({ notes: `${notes} ${token}`.trim() }), `${o.milestone}:note:${token}`);
    }
    if (o.kind === 'send') inFlight.push(await send(o.from, (1 - o.from) as 0 | 1));
    if (o.kind === 'deliver' && inFlight.length > 0) {
      const [item] = inFlight.splice(o.pick % inFlight.length, 1);
      if (item) await deliver(item, o.tool);
    }
    if (o.kind === 'restart') {
      const d = devices[o.on]!;
      d.watcher.close();
      await d.store.close();
      devices[o.on] = await open(d.name, d.file, d.acknowledged);
    }
    if (o.kind === 'merge') await mergeAll(o.on);
  }

  // The sync settles: everything still in flight arrives, then both sides merge and send until they agree.
  for (const item of inFlight.splice(0)) await deliver(item, 'syncthing');
  for (let round = 0; round < 6; round++) {
    for (const i of [0, 1] as const) {
      await mergeAll(i);
      await deliver(await send(i, (1 - i) as 0 | 1), 'dropbox');
    }
    const [a, b] = await Promise.all(devices.map((d) => readFile(d.file, 'utf8').catch(() => '')));
    if (a === b && (await findConflictCopies(devices[0]!.file)).length + (await findConflictCopies(devices[1]!.file)).length === 0) break;
  }

  for (const d of devices) {
    const doc = d.store.document;
    for (const other of devices) {
      for (const what of other.acknowledged) {
        const [m, kind, value] = what.split(':') as [string, string, string];
        if (kind === 'tick') expect(doc.progress[m]?.checklist ?? [], `${d.name} lost ${other.name}'s ${what}`).toContain(Number(value));
        else expect(doc.progress[m]?.notes ?? '', `${d.name} lost ${other.name}'s ${what}`).toMatch(new RegExp(`(^|\\s)${value}(\\s|$)`));
      }
    }
    expect(await findConflictCopies(d.file), `${d.name} still has copies to merge`).toEqual([]);
  }
  for (const d of devices) {
    d.watcher.close();
    await d.store.close();
  }
}

describe('two computers editing at random through a sync tool', () => {
  it('keep every acknowledged edit once the sync settles', async () => {
    const seed = process.env['PATHBOARD_PROPERTY_SEED'];
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 4, maxLength: 30 }), (ops) => withTempDir((dir) => play(dir, ops))),
      { numRuns: 200, ...(seed ? { seed: Number(seed) } : {}) },
    );
  });
});
