// Board speed with a synthetic 1,000-milestone roadmap: first render, and how much of the board a status change re-renders.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { createApi } from '../src/main/api';
import { bindApi, serveRenderer } from '../tests/support/harness';
import { milestone, roadmap, writeRoadmaps } from '../tests/support/roadmapFixtures';

const SIZE = 1000;
const RUNS = 5;

function syntheticRoadmap() {
  const milestones = Array.from({ length: SIZE }, (_, i) =>
    milestone(`m${i}`, i > 0 && i % 3 === 0 ? [`m${i - 1}`] : [], { title: `Milestone ${i}`, checklist: ['One', 'Two', 'Three'] }),
  );
  const phases = [0, 1, 2, 3].map((p) => ({
    id: `phase-${p}`,
    title: `Phase ${p + 1}`,
    summary: 'A phase.',
    milestones: milestones.slice((p * SIZE) / 4, ((p + 1) * SIZE) / 4).map((m) => m.id),
  }));
  return roadmap('big-path', milestones, phases);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

test('board with 1,000 milestones', async ({ page }) => {
  const dir = await mkdtemp(join(tmpdir(), 'pathboard-bench-'));
  const server = await serveRenderer();
  try {
    const roadmapsDir = await writeRoadmaps(dir, [syntheticRoadmap()]);
    const api = await createApi({ dataFile: join(dir, 'pathboard.json'), roadmapsDir });
    await api.choosePath({ pathId: 'big-path' });
    await bindApi(page, () => api);

    // Timestamps taken inside the page as the cards appear, so Playwright's own round trips do not count.
    await page.addInitScript(() => {
      const w = window as unknown as { __firstCard?: number; __lastCard?: number };
      const observer = new MutationObserver(() => {
        if (w.__firstCard === undefined && document.querySelector('li[data-milestone-id]')) w.__firstCard = performance.now();
        if (document.querySelector('li[data-milestone-id="m999"]')) {
          w.__lastCard = performance.now();
          observer.disconnect();
        }
      });
      document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true }));
    });
    const firstCards: number[] = [];
    const allCards: number[] = [];
    const fromStart: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto(server.url);
      await page.locator('li[data-milestone-id="m999"]').waitFor({ state: 'attached' });
      const t = await page.evaluate(() => {
        const w = window as unknown as { __firstCard: number; __lastCard: number };
        const data = performance.getEntriesByName('pathboard:data-ready')[0]!.startTime;
        return { first: w.__firstCard - data, last: w.__lastCard - data, start: w.__lastCard };
      });
      firstCards.push(t.first);
      allCards.push(t.last);
      fromStart.push(t.start);
    }

    const changeTimes: number[] = [];
    const touchedCards: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const id = `m${run * 7}`;
      await page.evaluate(() => {
        const w = window as unknown as { __touched: Set<string>; __observer: MutationObserver };
        w.__touched = new Set();
        w.__observer = new MutationObserver((records) => {
          for (const r of records) {
            const li = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest('li[data-milestone-id]');
            if (li) w.__touched.add(li.getAttribute('data-milestone-id')!);
          }
        });
        w.__observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      const started = await page.evaluate(() => performance.now());
      await page.locator(`li[data-milestone-id="${id}"]`).getByRole('checkbox').click();
      await page.locator(`[data-column="done"] li[data-milestone-id="${id}"]`).waitFor();
      changeTimes.push((await page.evaluate(() => performance.now())) - started);
      touchedCards.push(
        await page.evaluate(() => {
          const w = window as unknown as { __touched: Set<string>; __observer: MutationObserver };
          w.__observer.disconnect();
          return w.__touched.size;
        }),
      );
    }

    console.log(`\nBoard with ${SIZE} milestones, Chromium, ${RUNS} runs each`);
    const line = (label: string, xs: number[]) =>
      console.log(`  ${label.padEnd(42)} median ${median(xs).toFixed(0)} ms, all ${xs.map((n) => n.toFixed(0)).join(', ')}`);
    line('first render (data in to first cards):', firstCards);
    line('whole board (data in to card 1,000):', allCards);
    line('page load to card 1,000:', fromStart);
    line('status change (click to card in Done):', changeTimes);
    console.log(`  cards whose DOM changed per status change: ${touchedCards.join(', ')} (of ${SIZE})`);
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
