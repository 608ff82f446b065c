// The browser harness: the built renderer served on 127.0.0.1, with window.api bound to the real main-process api on a temp data file.
import { createServer, type Server } from 'node:http';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { expect, test as base, type Page } from '@playwright/test';
import { createApi, type AppService, type UncheckedApi } from '../../src/main/api';
import { readDataLocation } from '../../src/main/store/moveDataFolder';
import type { SyncOutcome } from '../../src/main/store/watchDataFile';
import { API_METHODS, MENU_COMMANDS, type ApiMethod, type MenuCommand } from '../../src/shared/channels';

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
  /** The data file the service has open now (File > Move data folder… changes it). */
  readonly dataFile: string;
  dir: string;
  /** The api the page currently talks to. */
  api: () => UncheckedApi;
  /**
   * Closes the service (queued writes land, the lock and the watcher go), starts a fresh one where the location file
   * says the data is, as the app's start does, and reloads the page.
   */
  restart: () => Promise<void>;
  /** What the native save, open and folder dialogs answer next (null: the learner cancels). */
  dialogAnswers: { save: string | null; open: string | null; folder: string | null };
  /** A click on an application menu item: the main process sends the page this command, as the preload passes it on. */
  menu: (command: MenuCommand) => Promise<void>;
}

/** Per-spec settings of the harness, set with `test.use({ … })`. */
export interface HarnessOptions {
  /** Watch the data file for another device's changes and send them to the page, as the app does (off: null). */
  watchDataFile: { debounceMs: number } | null;
  /** Local time the page's and the service's clocks start at (they then run on); null: the real time. */
  startAt: string | null;
}

/**
 * Binds window.api on `page` to `getApi()`, mirroring the preload: one method per contract call, and its two events.
 */
export async function bindApi(page: Page, getApi: () => UncheckedApi): Promise<void> {
  await page.exposeBinding('__pathboardInvoke', async (_source, method: ApiMethod, input: unknown) => {
    if (!API_METHODS.includes(method)) throw new Error(`unknown api method ${String(method)}`);
    return getApi()[method](input);
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
    const api: Record<string, unknown> = Object.fromEntries(methods.map((m) => [m, (input: unknown) => timed(m, input)]));
    // The preload's onMenuCommand / onDataChanged: subscribe, get the payload only, unsubscribe. emitToPage fires them.
    const listeners: Record<string, Set<(payload: unknown) => void>> = { menuCommand: new Set(), dataChanged: new Set() };
    const on = (event: string) => (callback: (payload: unknown) => void) => {
      listeners[event]!.add(callback);
      return () => void listeners[event]!.delete(callback);
    };
    api['onMenuCommand'] = on('menuCommand');
    api['onDataChanged'] = on('dataChanged');
    Object.defineProperty(globalThis, '__pathboardEmit', {
      value: (event: string, payload: unknown) => listeners[event]?.forEach((callback) => callback(payload)),
    });
    Object.defineProperty(globalThis, 'api', { value: Object.freeze(api) });
  }, API_METHODS as string[]);
}

/** Sends a main-to-renderer event to the page, as webContents.send would. */
async function emitToPage(page: Page, event: 'menuCommand' | 'dataChanged', payload: unknown): Promise<void> {
  await page.evaluate(
    ([name, value]) => (globalThis as unknown as { __pathboardEmit: (e: string, p: unknown) => void }).__pathboardEmit(name as string, value),
    [event, payload] as const,
  );
}

/** What the service hands the shell after the watcher acted on a change (src/main/index.ts does the same). */
const dataChangedEvent = (outcome: SyncOutcome) =>
  'notice' in outcome ? { document: 'document' in outcome ? outcome.document : null, notice: outcome.notice } : null;

export const test = base.extend<{ app: AppHarness } & HarnessOptions, { server: { url: string } }>({
  watchDataFile: [null, { option: true }],
  startAt: [null, { option: true }],
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their first argument
    async ({}, use) => {
      const server = await serveRenderer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ page, server, watchDataFile, startAt }, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'pathboard-e2e-'));
    const defaultFile = join(dir, 'pathboard.json');
    const locationFile = join(dir, 'data-location.json');
    const dialogAnswers: AppHarness['dialogAnswers'] = { save: null, open: null, folder: null };
    const dialogs = { chooseSavePath: async () => dialogAnswers.save, chooseOpenPath: async () => dialogAnswers.open };
    const offset = startAt === null ? 0 : Date.parse(startAt) - Date.now();
    const clock = () => new Date(Date.now() + offset);
    if (startAt !== null) await page.clock.install({ time: clock() });
    let dataFile = defaultFile;
    const start = async (): Promise<AppService> => {
      const location = await readDataLocation(locationFile, defaultFile);
      if (location.problem) throw new Error(location.problem);
      dataFile = location.dataFile;
      return createApi({
        dataFile,
        roadmapsDir: ROADMAPS_DIR,
        dialogs,
        clock,
        dataLocation: {
          locationFile,
          chooseFolder: async () => dialogAnswers.folder,
          onMoved: (moved) => {
            dataFile = moved;
          },
        },
        ...(watchDataFile
          ? {
              watchDataFile: {
                debounceMs: watchDataFile.debounceMs,
                onChange: (outcome: SyncOutcome) => {
                  const event = dataChangedEvent(outcome);
                  if (event) void emitToPage(page, 'dataChanged', event).catch(() => undefined);
                },
              },
            }
          : {}),
      });
    };
    let api = await start();
    await bindApi(page, () => api);
    await page.goto(server.url);
    await use({
      page,
      get dataFile() {
        return dataFile;
      },
      dir,
      api: () => api,
      restart: async () => {
        await api.close();
        api = await start();
        await page.reload();
      },
      dialogAnswers,
      menu: async (command) => {
        if (!MENU_COMMANDS.includes(command)) throw new Error(`no menu command ${command}`);
        await emitToPage(page, 'menuCommand', command);
      },
    });
    await api.close();
    await rm(dir, { recursive: true, force: true });
  },
});

/** Waits until the header says every change is on disk (the board shows a change before the write ends). */
export async function savedToDisk(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
}

/** First run: from the welcome screen, straight to the path list, then choose the path with this title. */
export async function pickPathOnFirstRun(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'I already know my path' }).click();
  await page.getByRole('button', { name: `Choose ${title}` }).click();
}

export { expect } from '@playwright/test';
