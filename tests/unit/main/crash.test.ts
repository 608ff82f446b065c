// Crash consistency: a child process saves an ever-growing counter and acknowledges each save; the test SIGKILLs it at
// random moments and checks that the file still loads and holds every acknowledged save. A plain fs.writeFile writer
// runs through the same loop as a control and must be caught losing data, so the check is known to bite.
//
// How the child runs TypeScript: Node 20 has no type stripping and neither tsx nor esbuild is installed, so the test
// bundles tests/support/crash/writer.ts (which imports the real DocumentStore) into one .mjs with vite's build API
// (vite is already a dev dependency; about 0.3 s) and runs that with plain `node`.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserDocumentSchema, emptyDocument } from '../../../src/shared/document';
import { DocumentStore } from '../../../src/main/store/documentStore';
import { DataFileLockedError } from '../../../src/main/store/lockFile';
import { backupPath } from '../../../src/main/store/recovery';
import { counterOf, withCounter } from '../../support/crash/counter';
import { withTempDir } from '../../support/tempDir';

const root = resolve(import.meta.dirname, '..', '..', '..');
let buildDir: string;
let writer: string;

beforeAll(async () => {
  buildDir = await mkdtemp(join(tmpdir(), 'pathboard-crash-build-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      ssr: join(root, 'tests', 'support', 'crash', 'writer.ts'),
      outDir: buildDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'writer.mjs', format: 'es' } },
    },
    ssr: { noExternal: true, target: 'node' },
  });
  writer = join(buildDir, 'writer.mjs');
  if (!existsSync(writer)) throw new Error(`vite did not produce ${writer}`);
}, 30_000);

afterAll(async () => {
  await rm(buildDir, { recursive: true, force: true });
});

interface Run {
  child: ChildProcess;
  /** The highest counter the child acknowledged. */
  acked: () => number;
  firstAck: Promise<void>;
  exited: Promise<void>;
  stderr: () => string;
}

function startWriter(mode: 'durable' | 'naive', file: string, padBytes: number): Run {
  const child = spawn(process.execPath, [writer, mode, file, String(padBytes)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let acked = 0;
  let pending = '';
  let errors = '';
  let onFirst: () => void = () => undefined;
  const firstAck = new Promise<void>((done) => (onFirst = done));
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) acked = Math.max(acked, Number(line));
    if (acked > 0) onFirst();
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  // 'close' comes after both pipes drained, so every acknowledgement printed before the kill has been read.
  const exited = new Promise<void>((done) => child.on('close', () => done()));
  exited.then(onFirst, onFirst);
  return { child, acked: () => acked, firstAck, exited, stderr: () => errors };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

type Check = { ok: true; counter: number } | { ok: false; why: string };

async function checkFile(file: string, lastAck: number): Promise<Check> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && lastAck === 0) return { ok: true, counter: 0 };
    return { ok: false, why: `unreadable: ${(error as Error).message}` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, why: `not JSON (${text.length} bytes)` };
  }
  const parsed = UserDocumentSchema.safeParse(value);
  if (!parsed.success) return { ok: false, why: 'does not validate' };
  const counter = counterOf(parsed.data);
  if (counter < lastAck) return { ok: false, why: `lost acknowledged saves: holds ${counter}, ${lastAck} was acknowledged` };
  return { ok: true, counter };
}

/** Kills that landed before the writer's first save: while it took the lock, loaded, or refreshed the last good copy. */
let killedWhileOpening = 0;

/** One kill: start the writer, let it run a random while (sometimes killing it while it is still opening), SIGKILL it. */
async function killOnce(
  mode: 'durable' | 'naive',
  file: string,
  padBytes: number,
  random: () => number,
  maxDelayAfterAck: number,
): Promise<number> {
  const run = startWriter(mode, file, padBytes);
  if (random() < 0.25) {
    // Node plus the bundle take ~100-200 ms to start, so this window covers loading, locking and opening the file.
    await sleep(60 + random() * 180);
  } else {
    await run.firstAck;
    await sleep(random() * maxDelayAfterAck);
  }
  run.child.kill('SIGKILL');
  await run.exited;
  if (run.child.signalCode !== 'SIGKILL') throw new Error(`writer ended on its own (${run.child.exitCode}): ${run.stderr()}`);
  if (run.acked() === 0) killedWhileOpening++;
  return run.acked();
}

/** A small seeded generator, so a failing run can be repeated with the printed seed. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DURABLE_KILLS = 201;
// The control stops at its second caught failure; the cap only bounds a run in which it is never caught (then it fails).
const CONTROL_MAX_KILLS = 150;

describe('crash consistency under SIGKILL', () => {
  it(
    'keeps the data file loadable and every acknowledged save, through at least 200 kills',
    () =>
      withTempDir(async (dir) => {
        const seed = Number(process.env['PATHBOARD_CRASH_SEED'] ?? Date.now() % 1_000_000);
        const random = seeded(seed);
        // Three lanes on three files keep both cores busy while a lane waits on fsync; each lane's kills are sequential on its own file.
        const lanes = ['a', 'b', 'c'].map((lane) => join(dir, lane, 'pathboard.json'));
        const failures: string[] = [];
        let survived = 0;
        let acknowledged = 0;
        const runLane = async (file: string, kills: number) => {
          await mkdir(join(file, '..'), { recursive: true });
          let lastAck = 0;
          for (let i = 0; i < kills; i++) {
            lastAck = Math.max(lastAck, await killOnce('durable', file, 100_000, random, 40));
            const check = await checkFile(file, lastAck);
            if (!check.ok) failures.push(`kill ${i}: ${check.why}`);
            else if (check.counter > lastAck + 1) failures.push(`kill ${i}: holds ${check.counter}, more than one save past ${lastAck}`);
            else {
              survived++;
              lastAck = Math.max(lastAck, check.counter);
            }
            const backup = backupPath(file);
            if (existsSync(backup)) {
              const copy = await checkFile(backup, 0);
              if (!copy.ok) failures.push(`kill ${i}: the last good copy ${copy.why}`);
            }
            const names = await readdir(join(file, '..'));
            const corrupt = names.filter((n) => n.includes('corrupt'));
            if (corrupt.length > 0) failures.push(`kill ${i}: the writer found a bad file and moved it aside: ${corrupt.join(', ')}`);
          }
          acknowledged += lastAck;
          const leftovers = (await readdir(join(file, '..'))).filter((n) => n.endsWith('.tmp'));
          // A kill leaves at most the temp files of the save it interrupted; the next open removes a dead writer's.
          expect(leftovers.length).toBeLessThanOrEqual(3);
        };
        const perLane = Math.ceil(DURABLE_KILLS / lanes.length);
        killedWhileOpening = 0;
        await Promise.all(lanes.map((file) => runLane(file, perLane)));
        const tried = perLane * lanes.length;
        console.log(
          `crash test (seed ${seed}): durable writer survived ${survived} / ${tried} SIGKILLs (${killedWhileOpening} of them before its first save: starting, locking, loading), ` +
            `${acknowledged} acknowledged saves in all`,
        );
        expect(failures).toEqual([]);
        expect(survived).toBe(tried);
        expect(tried).toBeGreaterThanOrEqual(200);
      }),
    // About 65 s alone; a loaded 2-core machine (CI runs the Vitest projects side by side) has taken over 90 s.
    400_000,
  );

  it(
    'catches a plain fs.writeFile writer losing data (the control that shows the check bites)',
    () =>
      withTempDir(async (dir) => {
        const seed = Number(process.env['PATHBOARD_CRASH_SEED'] ?? Date.now() % 1_000_000) + 1;
        const random = seeded(seed);
        const file = join(dir, 'pathboard.json');
        const failures: string[] = [];
        let lastAck = 0;
        let tried = 0;
        for (; tried < CONTROL_MAX_KILLS; tried++) {
          lastAck = Math.max(lastAck, await killOnce('naive', file, 1_000_000, random, 12));
          const check = await checkFile(file, lastAck);
          if (check.ok) {
            lastAck = Math.max(lastAck, check.counter);
            continue;
          }
          failures.push(check.why);
          // Start the next round from a good file, as a user restoring from elsewhere would.
          await writeFile(file, JSON.stringify(withCounter(emptyDocument(), lastAck, 1_000_000)));
          if (failures.length >= 2) {
            tried++;
            break;
          }
        }
        console.log(`crash test control (seed ${seed}): plain writeFile caught failing ${failures.length} / ${tried} SIGKILLs: ${failures.join('; ')}`);
        expect(failures.length).toBeGreaterThanOrEqual(1);
      }),
    240_000,
  );
});

describe('two processes on one data file', () => {
  it('refuses a second process while the first holds the file, and takes over once the first is gone', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      const first = startWriter('durable', file, 0);
      await first.firstAck;
      const error = await DocumentStore.open(file, () => new Date()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DataFileLockedError);
      expect((error as DataFileLockedError).holderPid).toBe(first.child.pid);
      expect((error as Error).message).toMatch(/Another Pathboard .* is already using your data file/);
      first.child.kill('SIGKILL');
      await first.exited;
      const store = await DocumentStore.open(file, () => new Date());
      expect(counterOf(store.document)).toBeGreaterThanOrEqual(first.acked());
      await store.close();
    }));
});
