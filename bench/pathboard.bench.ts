// `npm run bench`: every measure against its floor in the same run, interleaved, medians of at least 15 runs. Prints a
// table and writes bench/results.json. Nothing here passes or fails on time; the goals are printed beside the ratios.
import { createServer } from 'node:http';
import { cp, mkdtemp, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { test, type Page } from '@playwright/test';
import { build } from 'vite';
import { createApi, type AppService } from '../src/main/api';
import { emptyDocument, type MilestoneProgress, type UserDocument } from '../src/shared/document';
import { serializeDocument } from '../src/shared/documentFile';
import { pathView } from '../src/shared/pathView';
import { renderReport } from '../src/shared/report';
import type { Roadmap } from '../src/shared/roadmap';
import { bindApi } from '../tests/support/harness';
import { milestone, roadmap, writeRoadmaps } from '../tests/support/roadmapFixtures';

const REPS = Number(process.env['PATHBOARD_BENCH_REPS'] ?? 15);
const ROOT = resolve(import.meta.dirname, '..');

interface Row {
  name: string;
  project_ms: number;
  floor_ms: number;
  ratio: number;
  goal: string;
  n: number;
}
const rows: Row[] = [];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 100) / 100;
function record(name: string, project: number[], floor: number[], goal: string, ratio?: number) {
  const p = median(project);
  const f = median(floor);
  rows.push({ name, project_ms: round(p), floor_ms: round(f), ratio: round(ratio ?? p / f), goal, n: Math.min(project.length, floor.length) });
}

function syntheticRoadmap(size: number): Roadmap {
  const milestones = Array.from({ length: size }, (_, i) =>
    milestone(`m${i}`, i > 0 && i % 3 === 0 ? [`m${i - 1}`] : [], { title: `Milestone ${i}`, checklist: ['One', 'Two', 'Three'] }),
  );
  const phases = [0, 1, 2, 3].map((p) => ({
    id: `phase-${p}`,
    title: `Phase ${p + 1}`,
    summary: 'A phase.',
    milestones: milestones.slice((p * size) / 4, ((p + 1) * size) / 4).map((m) => m.id),
  }));
  return roadmap('big-path', milestones, phases);
}

/** A learner half way through: every other milestone done with a note and hours, one history entry each. */
function halfDone(size: number): UserDocument {
  const doc: UserDocument = { ...emptyDocument(), activePathId: 'big-path' };
  const progress: Record<string, MilestoneProgress> = {};
  for (let i = 0; i < size; i += 2) {
    progress[`m${i}`] = { status: 'done', startedAt: '2026-05-01T09:00:00.000Z', completedAt: '2026-05-02T09:00:00.000Z', notes: `Notes on milestone ${i}.`, hoursSpent: 4 };
    doc.history.push({ at: '2026-05-02T09:00:00.000Z', milestoneId: `m${i}`, from: 'todo', to: 'done' });
  }
  return { ...doc, progress };
}

/** The same bytes written the durable way with nothing else: temp file, fsync, rename, folder fsync. */
async function rawDurableWrite(file: string, bytes: Buffer) {
  const temp = `${file}.floor.tmp`;
  const handle = await open(temp, 'wx');
  await handle.writeFile(bytes);
  await handle.sync();
  await handle.close();
  await rename(temp, file);
  const dir = await open(resolve(file, '..'), 'r');
  await dir.sync();
  await dir.close();
}

async function serveDir(dir: string) {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise<void>((d) => server.close(() => d())) };
}

test.describe.configure({ mode: 'serial' });

test.afterAll(async () => {
  console.log(`\n${'measure'.padEnd(32)} ${'project'.padStart(10)} ${'floor'.padStart(10)} ${'ratio'.padStart(7)}  goal`);
  for (const r of rows) {
    console.log(`${r.name.padEnd(32)} ${`${r.project_ms} ms`.padStart(10)} ${`${r.floor_ms} ms`.padStart(10)} ${String(r.ratio).padStart(7)}  ${r.goal}   (n=${r.n})`);
  }
  await writeFile(join(ROOT, 'bench', 'results.json'), `${JSON.stringify({ measures: rows }, null, 2)}\n`);
});

test('durable status change against the raw write of the same bytes', async () => {
  test.setTimeout(600_000);
  for (const size of [100, 1000, 10000]) {
    const dir = await mkdtemp(join(tmpdir(), `pathboard-bench-write-${size}-`));
    let api: AppService | null = null;
    try {
      const roadmapsDir = await writeRoadmaps(dir, [syntheticRoadmap(size)]);
      const dataFile = join(dir, 'pathboard.json');
      await writeFile(dataFile, serializeDocument(halfDone(size)));
      api = await createApi({ dataFile, roadmapsDir });
      const floorFile = join(dir, 'floor.json');
      const project: number[] = [];
      const floor: number[] = [];
      // Three rounds first that are not counted: the first writes of a size compile the code and warm the disk cache.
      for (let rep = -3; rep < REPS; rep++) {
        const id = `m${2 * (rep + 3) + 1}`;
        let t = performance.now();
        const result = await api.setMilestoneStatus({ milestoneId: id, status: 'done' });
        if (rep >= 0) project.push(performance.now() - t);
        if (!result.ok) throw new Error(result.error.message);
        const bytes = await readFile(dataFile);
        t = performance.now();
        await rawDurableWrite(floorFile, bytes);
        if (rep >= 0) floor.push(performance.now() - t);
      }
      record(`durable-write-${size}`, project, floor, '≤ 1.3');
    } finally {
      await api?.close();
      await rm(dir, { recursive: true, force: true });
    }
  }
});

test('report at 1,000 and 10,000 milestones', async () => {
  test.setTimeout(600_000);
  const times: Record<number, { project: number[]; floor: number[] }> = {};
  for (const size of [1000, 10000]) {
    const view = pathView(syntheticRoadmap(size), emptyDocument());
    const doc = halfDone(size);
    const project: number[] = [];
    const floor: number[] = [];
    // Three rounds first that are not counted, as for the writes: the first size measured would otherwise carry the
    // compile time, which made the 1,000-milestone report look slower and its growth to 10,000 smaller than they are.
    for (let rep = -3; rep < REPS; rep++) {
      let t = performance.now();
      renderReport(view, doc, '2026-06-01', 'md', { includeNotes: true });
      if (rep >= 0) project.push(performance.now() - t);
      // The least any report of the same content does: one line per milestone with its title and status.
      t = performance.now();
      void view.milestones.map((m) => `- ${m.title}: ${doc.progress[m.id]?.status ?? 'todo'}`).join('\n');
      if (rep >= 0) floor.push(performance.now() - t);
    }
    times[size] = { project, floor };
  }
  record('report-1000', times[1000]!.project, times[1000]!.floor, '≤ 10 ms (absolute)');
  const growth = median(times[10000]!.project) / median(times[1000]!.project);
  record('report-growth', times[10000]!.project, times[1000]!.project, '10,000/1,000 ≤ 12', growth);
  // Context, not a goal: how much the floor itself grows from 1,000 to 10,000 milestones on this machine. Anything that
  // touches every milestone's objects grows by more than 10 once they no longer fit in the processor's caches.
  const floorGrowth = median(times[10000]!.floor) / median(times[1000]!.floor);
  record('report-floor-growth', times[10000]!.floor, times[1000]!.floor, "context: the floor's own 10,000/1,000", floorGrowth);
});

test('renderer: first render, a status change and start-up at 1,000 cards', async ({ page }) => {
  test.setTimeout(900_000);
  const SIZE = 1000;
  const dir = await mkdtemp(join(tmpdir(), 'pathboard-bench-ui-'));
  const app = await serveDir(join(ROOT, 'out', 'renderer'));
  const floorDir = join(dir, 'floor');
  await build({ configFile: false, logLevel: 'warn', root: join(ROOT, 'bench', 'floor'), build: { outDir: floorDir, minify: true } });
  const floorServer = await serveDir(floorDir);
  const staticDir = join(dir, 'static');
  let staticServer: Awaited<ReturnType<typeof serveDir>> | null = null;
  let api: AppService | null = null;
  try {
    const roadmapsDir = await writeRoadmaps(dir, [syntheticRoadmap(SIZE)]);
    const dataFile = join(dir, 'pathboard.json');
    await writeFile(dataFile, serializeDocument({ ...emptyDocument(), activePathId: 'big-path' }));
    api = await createApi({ dataFile, roadmapsDir });
    const current = api;
    await bindApi(page, () => current);
    const items = Array.from({ length: SIZE }, (_, i) => ({ id: `m${i}`, title: `Milestone ${i}` }));
    // Timestamps taken inside the page, so Playwright's own round trips and the harness transport do not count.
    await page.addInitScript((list) => {
      const w = window as unknown as Record<string, unknown>;
      w['__items'] = list;
      const observer = new MutationObserver(() => {
        if (w['__firstCard'] === undefined && document.querySelector('li[data-milestone-id]')) {
          w['__firstCard'] = performance.now();
          requestAnimationFrame(() => (w['__firstFrame'] = performance.now()));
        }
        if (document.querySelector('li[data-milestone-id="m999"]')) {
          w['__lastCard'] = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    }, items);

    const firstRender = { project: [] as number[], floor: [] as number[] };
    const startup = { project: [] as number[], floor: [] as number[] };
    const change = { project: [] as number[], floor: [] as number[] };
    const touched: number[] = [];
    const seen = { project: [] as number[], floor: [] as number[] };
    const transport: number[] = [];

    const timeChange = async (target: Page, id: string, mark: string, act: () => Promise<void>) => {
      await target.evaluate(
        ({ id: cardId, markName }) => {
          const w = window as unknown as Record<string, unknown>;
          w['__touched'] = new Set<string>();
          w['__changeEnd'] = undefined;
          const observer = new MutationObserver((records) => {
            for (const r of records) {
              const li = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest('li[data-milestone-id]');
              if (li) (w['__touched'] as Set<string>).add(li.getAttribute('data-milestone-id')!);
              for (const n of r.addedNodes) if (n instanceof Element && n.matches('li[data-milestone-id]')) (w['__touched'] as Set<string>).add(n.getAttribute('data-milestone-id')!);
            }
            if (w['__changeEnd'] === undefined && document.querySelector(`[data-column="done"] li[data-milestone-id="${cardId}"]`)) {
              w['__changeEnd'] = null;
              w['__seen'] = performance.now() - performance.getEntriesByName(markName).at(-1)!.startTime;
              requestAnimationFrame(() => {
                const start = performance.getEntriesByName(markName).at(-1)!.startTime;
                w['__changeEnd'] = performance.now() - start;
                observer.disconnect();
              });
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        },
        { id, markName: mark },
      );
      await act();
      await target
        .waitForFunction(() => typeof (window as unknown as Record<string, unknown>)['__changeEnd'] === 'number', null, { timeout: 30_000 })
        .catch(async (error: unknown) => {
          const state = await target.evaluate(
            ({ cardId, markName }) => ({
              end: (window as unknown as Record<string, unknown>)['__changeEnd'],
              inDone: !!document.querySelector(`[data-column="done"] li[data-milestone-id="${cardId}"]`),
              marks: performance.getEntriesByName(markName).length,
              columns: [...document.querySelectorAll('[data-column]')].map((c) => c.getAttribute('data-column')),
            }),
            { cardId: id, markName: mark },
          );
          throw new Error(`the moved card was not seen in Done: ${JSON.stringify(state)} (${String(error)})`);
        });
      return target.evaluate(() => {
        const w = window as unknown as Record<string, unknown>;
        return { ms: w['__changeEnd'] as number, touched: (w['__touched'] as Set<string>).size, seen: w['__seen'] as number };
      });
    };

    const step = (what: string) => process.env['PATHBOARD_BENCH_VERBOSE'] && console.log(`  ${new Date().toISOString()} ${what}`);
    for (let rep = 0; rep < REPS; rep++) {
      step(`run ${rep + 1}: app first render`);
      await page.goto(app.url);
      await page.waitForFunction(() => (window as unknown as Record<string, unknown>)['__lastCard'] !== undefined, null, { timeout: 120_000 });
      const t = await page.evaluate(() => {
        const w = window as unknown as Record<string, number> & { __ipcCalls: Array<[number, number]> };
        const ready = performance.getEntriesByName('pathboard:data-ready')[0]!.startTime;
        // The time start-up spent waiting on the harness's calls (Playwright's binding, not Electron's IPC): the union
        // of the calls made before the data was ready.
        let waited = 0;
        let reach = 0;
        for (const [start, end] of [...w.__ipcCalls].filter(([s]) => s < ready).sort((a, b) => a[0] - b[0])) {
          if (end > reach) waited += end - Math.max(start, reach);
          reach = Math.max(reach, end);
        }
        return { render: w['__lastCard']! - ready, frame: w['__firstFrame']!, waited };
      });
      firstRender.project.push(t.render);
      startup.project.push(t.frame - t.waited);
      transport.push(t.waited);
      const id = `m${rep * 7 + 1}`;
      // As a learner would: scroll the card into view first (a long column draws cards far from view as placeholders).
      const card = page.locator(`li[data-milestone-id="${id}"]`);
      await card.scrollIntoViewIfNeeded();
      await card.getByRole('checkbox').waitFor();
      // A learner takes a moment between scrolling and clicking: the cards that came near the view are drawn by then.
      await page.waitForTimeout(250);
      step('app status change');
      const moved = await timeChange(page, id, 'pathboard:state-applied', () => page.locator(`li[data-milestone-id="${id}"]`).getByRole('checkbox').click());
      change.project.push(moved.ms);
      seen.project.push(moved.seen);
      touched.push(moved.touched);

      step('floor first render');
      await page.goto(floorServer.url);
      await page.waitForFunction(() => (window as unknown as Record<string, unknown>)['__lastCard'] !== undefined);
      firstRender.floor.push(await page.evaluate(() => (window as unknown as Record<string, number>)['__lastCard']! - (window as unknown as Record<string, number>)['__renderStart']!));
      step('floor status change');
      const floorMove = await timeChange(page, `m${rep * 7 + 1}`, 'floor:state-applied', () =>
        page.evaluate((cardId) => (window as unknown as { __move: (id: string) => void }).__move(cardId), `m${rep * 7 + 1}`),
      );
      change.floor.push(floorMove.ms);
      seen.floor.push(floorMove.seen);

      if (!staticServer) {
        // The same markup served static: the board as the app drew it, without its scripts.
        await page.goto(app.url);
        await page.waitForFunction(() => (window as unknown as Record<string, unknown>)['__lastCard'] !== undefined, null, { timeout: 120_000 });
        const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/g, '');
        await cp(join(ROOT, 'out', 'renderer'), staticDir, { recursive: true });
        await writeFile(join(staticDir, 'index.html'), html);
        staticServer = await serveDir(staticDir);
      }
      step('static start-up');
      await page.goto(staticServer.url);
      await page.waitForFunction(() => (window as unknown as Record<string, unknown>)['__firstFrame'] !== undefined);
      startup.floor.push(await page.evaluate(() => (window as unknown as Record<string, number>)['__firstFrame']!));
    }
    record('first-render-1000', firstRender.project, firstRender.floor, '≤ 2');
    record('status-change-renderer-1000', change.project, change.floor, '≤ 16.7 ms (absolute), ≤ 2 cards touched');
    record('startup', startup.project, startup.floor, '≤ 2');
    console.log(`state applied → DOM committed (before the frame): median ${round(median(seen.project))} ms, floor ${round(median(seen.floor))} ms`);
    console.log(`cards whose DOM changed per status change: ${touched.join(', ')} (of ${SIZE})`);
    console.log(`start-up time spent in the harness's calls (taken out of "startup"): median ${round(median(transport))} ms`);
  } finally {
    await api?.close();
    await app.close();
    await floorServer.close();
    await staticServer?.close();
    await rm(dir, { recursive: true, force: true });
  }
});
