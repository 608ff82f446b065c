// The browser harness: the built renderer served on 127.0.0.1, with window.api bound to the real main-process api on a temp data file.
import { createServer, type Server } from 'node:http';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { expect, test as base, type Page } from '@playwright/test';
import { createApi, type UncheckedApi } from '../../src/main/api';
import { linkRenderer, type RendererLink } from '../../src/main/rendererLink';
import { API_METHODS, type ApiMethod } from '../../src/shared/channels';

const RENDERER_DIR = resolve(import.meta.dirname, '..', '..', 'out', 'renderer');
export const ROADMAPS_DIR = resolve(import.meta.dirname, '..', '..', 'resources', 'roadmaps');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export async function serveRenderer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(RENDERER_DIR, path === '/' ? 'index.html' : path));
    if (!file.startsWith(RENDERER_DIR)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export interface AppHarness {
  page: Page;
  dataFile: string;
  dir: string;
  /** The api the page currently talks to. */
  api: () => UncheckedApi;
  /** Replaces the api with a fresh instance on the same data file (as a restart would) and reloads the page. */
  restart: () => Promise<void>;
  /** What the native save and open dialogs answer next (null: the learner cancels). */
  dialogAnswers: { save: string | null; open: string | null };
}

/**
 * Binds window.api on `page` to `getApi()` through the same renderer link the app's IPC uses (answers carry changes),
 * mirroring the preload: one method per contract call.
 */
export async function bindApi(page: Page, getApi: () => UncheckedApi): Promise<void> {
  const links = new WeakMap<UncheckedApi, RendererLink>();
  await page.exposeBinding('__pathboardInvoke', async (_source, method: ApiMethod, input: unknown) => {
    if (!API_METHODS.includes(method)) throw new Error(`unknown api method ${String(method)}`);
    const service = getApi();
    if (!links.has(service)) links.set(service, linkRenderer(service));
    return links.get(service)!.api[method](input);
  });
  await page.addInitScript((methods: string[]) => {
    const page = globalThis as unknown as { __pathboardInvoke: (m: string, i: unknown) => Promise<unknown>; __ipcCalls: Array<[number, number]> };
    const invoke = page.__pathboardInvoke;
    // Each call's start and end in page time, so `npm run bench` can take the harness's transport out of start-up.
    page.__ipcCalls = [];
    const timed = async (method: string, input: unknown) => {
      const start = performance.now();
      try {
        return await invoke(method, input);
      } finally {
        page.__ipcCalls.push([start, performance.now()]);
      }
    };
    const api = Object.fromEntries(methods.map((m) => [m, (input: unknown) => timed(m, input)]));
    Object.defineProperty(globalThis, 'api', { value: Object.freeze(api) });
  }, API_METHODS as string[]);
}

export const test = base.extend<{ app: AppHarness }, { server: { url: string } }>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their first argument
    async ({}, use) => {
      const server = await serveRenderer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ page, server }, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'pathboard-e2e-'));
    const dataFile = join(dir, 'pathboard.json');
    const dialogAnswers: AppHarness['dialogAnswers'] = { save: null, open: null };
    const dialogs = { chooseSavePath: async () => dialogAnswers.save, chooseOpenPath: async () => dialogAnswers.open };
    let api = await createApi({ dataFile, roadmapsDir: ROADMAPS_DIR, dialogs });
    await bindApi(page, () => api);
    await page.goto(server.url);
    await use({
      page,
      dataFile,
      dir,
      api: () => api,
      restart: async () => {
        api = await createApi({ dataFile, roadmapsDir: ROADMAPS_DIR, dialogs });
        await page.reload();
      },
      dialogAnswers,
    });
    await rm(dir, { recursive: true, force: true });
  },
});

/** First run: from the welcome screen, straight to the path list, then choose the path with this title. */
/** Waits until the header says every change is on disk (the board shows a change before the write ends). */
export async function savedToDisk(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
}

export async function pickPathOnFirstRun(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'I already know my path' }).click();
  await page.getByRole('button', { name: `Choose ${title}` }).click();
}

export { expect } from '@playwright/test';
