// Guards for what only Electron would reveal: the built preload is CommonJS and exposes exactly the contract, and the
// built main bundle, run under Node against a fake electron module, wires exactly the contract's channels securely.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS, CHANNELS, EVENTS } from '../../../src/shared/channels';
import { withTempDir } from '../../support/tempDir';

const root = resolve(import.meta.dirname, '..', '..', '..');
const mainBundle = join(root, 'out', 'main', 'index.js');
const preloadBundle = join(root, 'out', 'preload', 'index.cjs');

beforeAll(() => {
  for (const file of [mainBundle, preloadBundle]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first (npm test does).`);
  }
});

describe('built preload', () => {
  it('is a CommonJS script, as a sandboxed preload must be', () => {
    const code = readFileSync(preloadBundle, 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(() => new vm.Script(code, { filename: 'index.cjs' })).not.toThrow();
  });

  it('exposes exactly one window.api method per contract call, each forwarding only its input', async () => {
    const exposed: Record<string, unknown> = {};
    const invoked: unknown[][] = [];
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
      ipcRenderer: {
        invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve('answer')),
        on: (channel: string, listener: (...args: unknown[]) => void) => listeners.push([channel, listener]),
        removeListener: (channel: string, listener: unknown) => {
          const i = listeners.findIndex(([c, l]) => c === channel && l === listener);
          if (i !== -1) listeners.splice(i, 1);
        },
      },
    };
    const listeners: Array<[string, (...args: unknown[]) => void]> = [];
    const sandboxRequire = (name: string) => {
      if (name === 'electron') return fakeElectron;
      throw new Error(`a sandboxed preload cannot require "${name}"`);
    };
    const module = { exports: {} };
    vm.runInNewContext(readFileSync(preloadBundle, 'utf8'), { require: sandboxRequire, module, exports: module.exports });
    expect(Object.keys(exposed)).toEqual(['api']);
    const api = exposed['api'] as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...API_METHODS, 'onDataChanged', 'onMenuCommand'].sort());
    expect(Object.isFrozen(api)).toBe(true);
    for (const method of API_METHODS) {
      await expect(api[method]!({ probe: method })).resolves.toBe('answer');
    }
    expect(invoked).toEqual(API_METHODS.map((m) => [CHANNELS[m], { probe: m }]));
  });

  it('passes only known menu commands to the page, never the event object, and unsubscribes', () => {
    const exposed: Record<string, unknown> = {};
    const listeners: Array<[string, (...args: unknown[]) => void]> = [];
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
      ipcRenderer: {
        invoke: () => Promise.resolve(),
        on: (channel: string, listener: (...args: unknown[]) => void) => listeners.push([channel, listener]),
        removeListener: (channel: string, listener: unknown) => {
          const i = listeners.findIndex(([c, l]) => c === channel && l === listener);
          if (i !== -1) listeners.splice(i, 1);
        },
      },
    };
    const module = { exports: {} };
    vm.runInNewContext(readFileSync(preloadBundle, 'utf8'), { require: () => fakeElectron, module, exports: module.exports });
    const api = exposed['api'] as { onMenuCommand: (cb: (...args: unknown[]) => void) => () => void };
    const received: unknown[][] = [];
    const off = api.onMenuCommand((...args) => received.push(args));
    expect(listeners.map(([c]) => c)).toEqual([EVENTS.menuCommand]);
    const fire = (payload: unknown) => listeners[0]![1]({ sender: 'event object' }, payload);
    fire('undo');
    fire('rm -rf');
    fire({ command: 'undo' });
    fire('redo');
    expect(received).toEqual([['undo'], ['redo']]);
    off();
    expect(listeners).toEqual([]);

    // The data-changed event: only an object payload reaches the page, never the event object.
    const changes: unknown[][] = [];
    const offData = (exposed['api'] as { onDataChanged: (cb: (...args: unknown[]) => void) => () => void }).onDataChanged((...args) => changes.push(args));
    expect(listeners.map(([c]) => c)).toEqual([EVENTS.dataChanged]);
    listeners[0]![1]({ sender: 'event object' }, 'not an object');
    listeners[0]![1]({ sender: 'event object' }, { document: null, notice: { kind: 'data-file-reloaded', message: 'm', path: 'p' } });
    expect(changes).toEqual([[{ document: null, notice: { kind: 'data-file-reloaded', message: 'm', path: 'p' } }]]);
    offData();
    expect(listeners).toEqual([]);
  });
});

type Report = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Runs the real built main bundle under Node with the fake electron module; returns its report and userData files.
 * `seed` files are written to userData first.
 */
async function runMain(env: Record<string, string> = {}, seed: Record<string, string> = {}): Promise<{ report: Report; userData: string[] }> {
  return withTempDir(async (dir) => {
    const reportFile = join(dir, 'report.json');
    const userData = join(dir, 'userData');
    await mkdir(userData);
    for (const [name, text] of Object.entries(seed)) await writeFile(join(userData, name), text);
    const register = fileURLToPath(new URL('../../support/fake-electron/register.mjs', import.meta.url));
    await promisify(execFile)(process.execPath, ['--import', register, mainBundle], {
      cwd: root,
      env: { ...process.env, FAKE_ELECTRON_REPORT: reportFile, FAKE_ELECTRON_USERDATA: userData, ...env },
      timeout: 20_000,
    });
    return { report: JSON.parse(await readFile(reportFile, 'utf8')), userData: await readdir(userData) };
  });
}

describe('built main process under a fake electron', () => {
  let report: Report;

  beforeAll(async () => {
    ({ report } = await runMain());
  }, 30_000);

  it('starts without errors and takes the single-instance lock', () => {
    expect(report['errors']).toEqual([]);
    expect(report['singleInstanceLockRequested']).toBe(true);
    expect(report['quit']).toBeUndefined();
  });

  it('holds the first quit until queued writes are saved, then quits', () => {
    expect(report['beforeQuit']).toEqual({ held: true, quitAfterWrites: true });
  });

  it('installs a menu whose Edit menu has Undo and Redo', () => {
    const edit = (report['menu'] as Array<{ label: string; items: string[] }>).find((m) => m.label === 'Edit');
    expect(edit?.items.slice(0, 2)).toEqual(['Undo', 'Redo']);
  });

  it('sends menu commands to the window as the contract\'s menu event, with the command as the only payload', () => {
    expect(report['sent']).toEqual([
      [EVENTS.menuCommand, 'undo'],
      [EVENTS.menuCommand, 'theme-dark'],
    ]);
  });

  it('installs a View menu with the three theme choices the app offers', () => {
    const view = (report['menu'] as Array<{ label: string; items: string[] }>).find((m) => m.label === 'View');
    expect(view?.items.slice(0, 3)).toEqual(['System theme', 'Light theme', 'Dark theme']);
  });

  it('registers exactly the contract channels', () => {
    expect([...report['handledChannels']].sort()).toEqual(Object.values(CHANNELS).sort());
  });

  it('creates one window with the secure settings and a preload and page that exist on disk', () => {
    expect(report['windows']).toHaveLength(1);
    const { options, loadedUrl } = report['windows'][0];
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    // Nothing that loosens the above may be set at all.
    for (const risky of ['enableBlinkFeatures', 'enableRemoteModule', 'additionalArguments', 'contextIsolationInWorker']) {
      expect(options.webPreferences).not.toHaveProperty(risky);
    }
    expect(existsSync(options.webPreferences.preload)).toBe(true);
    expect(options.webPreferences.preload).toMatch(/index\.cjs$/);
    expect(loadedUrl).toBe('app://pathboard/index.html');
  });

  it('registers app:// as a privileged scheme before ready and serves the built page and every asset it names through it', () => {
    expect(report['privilegedSchemes']).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(report['handledSchemes']).toEqual(['app']);
    const { page, assets } = report['protocol'];
    expect(page).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', hasRoot: true });
    expect(page.csp).toContain("frame-ancestors 'none'");
    expect(page.csp).toContain("script-src 'self'");
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) expect(asset.status, asset.url).toBe(200);
    expect(assets.map((a: { type: string }) => a.type)).toEqual(expect.arrayContaining(['text/javascript; charset=utf-8', 'text/css; charset=utf-8']));
  });

  it('refuses path traversal (raw and encoded), absolute paths, other hosts and other schemes through app://', () => {
    const hostile = report['protocol'].hostile as Array<{ url: string; status: number; leaked: boolean }>;
    expect(hostile.length).toBeGreaterThan(10);
    for (const answer of hostile) {
      expect([400, 403, 404], answer.url).toContain(answer.status);
      expect(answer.leaked, answer.url).toBe(false);
    }
  });

  it('has File > Open data folder, which reveals the data file, and Help > About, which shows the version', async () => {
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
    const file = (report['menu'] as Array<{ label: string; items: string[] }>).find((m) => m.label === 'File');
    expect(file?.items).toContain('Open data folder');
    expect(report['revealed']).toEqual([expect.stringMatching(/pathboard\.json$/)]);
    expect(report['messageBoxes']).toEqual([{ title: 'About Pathboard', message: `Pathboard ${pkg.version}`, hasParent: true }]);
  });

  it('opens a first window at the default size centred on the display, and saves its place and maximised state on close', () => {
    const { options, shown, savedState } = report['windows'][0];
    expect(options).toMatchObject({ x: 320, y: 110, width: 1280, height: 820, minWidth: 880, minHeight: 600, show: false });
    expect(shown).toEqual(['show']);
    expect(savedState).toEqual({ bounds: { x: 320, y: 110, width: 1280, height: 820 }, maximized: true });
  });

  it('lets the window navigate only within its own page: no foreign, file:, javascript:, data: or other-port URL', () => {
    const win = report['windows'][0];
    const wrong = (list: Array<{ url: string; expected: string; got: string }>) => list.filter((n) => n.got !== n.expected);
    expect(win.navigation.length).toBeGreaterThan(10);
    expect(wrong(win.navigation)).toEqual([]);
  });

  it('stops redirects to foreign URLs and refuses to attach a webview', () => {
    const win = report['windows'][0];
    expect(win.redirects.filter((n: { expected: string; got: string }) => n.got !== n.expected)).toEqual([]);
    expect(win.webviewAttach).toBe('prevented');
  });

  it('denies every pop-up and opens only plain https links, outside the app', () => {
    const win = report['windows'][0];
    expect(Object.values(win.windowOpen).every((a) => a === 'deny')).toBe(true);
    expect(Object.keys(win.windowOpen)).toHaveLength(6);
    expect(report['openedExternally']).toEqual(['https://example.org/docs']);
  });

  it('only ever installs permission handlers that deny, whatever is asked', () => {
    const win = report['windows'][0];
    expect(report['permissionHandlersSet']).toBeGreaterThan(0);
    expect(report['permissionCheckHandlersSet']).toBeGreaterThan(0);
    const answers = Object.values(win.permissions as Record<string, unknown[]>);
    expect(answers).toHaveLength(16);
    for (const perPermission of answers) {
      expect(perPermission).toHaveLength(report['permissionHandlersSet']);
      expect(perPermission.every((granted) => granted === false)).toBe(true);
    }
    expect(win.permissionChecks.length).toBeGreaterThan(0);
    expect(win.permissionChecks.every((granted: unknown) => granted === false)).toBe(true);
  });

  it('brings the existing window back, restored and focused, when Pathboard is launched again', () => {
    expect(report['appEvents']).toContain('second-instance');
    expect(report['windows'][0].secondInstance).toEqual(['restore', 'focus']);
  });

  it('answers its own window, refuses every call from a foreign frame, a foreign sender or no frame, and validates payloads', () => {
    expect(report['trustedCall']).toEqual({ ok: true, count: expect.any(Number) });
    expect(report['trustedCall'].count).toBeGreaterThan(0);
    expect(report['foreignFrameCall']).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(report['foreignSenderCall']).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(Object.keys(report['foreignAnswers']).sort()).toEqual(Object.values(CHANNELS).sort());
    for (const answers of Object.values(report['foreignAnswers'])) expect(answers).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(report['badPayloadCall']).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('built main process with a saved window state', () => {
  it('reopens maximised, on the display that is still there, when the saved place was on a monitor now unplugged', async () => {
    const saved = { bounds: { x: 2500, y: 100, width: 1000, height: 700 }, maximized: true };
    const { report } = await runMain(
      { FAKE_ELECTRON_DISPLAYS: JSON.stringify([{ x: 0, y: 0, width: 1440, height: 875 }]) },
      { 'window-state.json': JSON.stringify(saved) },
    );
    expect(report['errors']).toEqual([]);
    expect(report['windows'][0].options).toMatchObject({ x: 220, y: 88, width: 1000, height: 700 });
    expect(report['windows'][0].shown).toEqual(['maximize', 'show']);
  }, 30_000);
});

describe('built main process and the dev server URL', () => {
  it('loads ELECTRON_RENDERER_URL in a development run', async () => {
    const { report } = await runMain({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' });
    expect(report['windows'][0].loadedUrl).toBe('http://localhost:5173/');
  }, 30_000);

  it('ignores ELECTRON_RENDERER_URL in a packaged app and loads its own app:// page', async () => {
    const { report } = await runMain({ ELECTRON_RENDERER_URL: 'http://localhost:5173/', FAKE_ELECTRON_PACKAGED: '1' });
    expect(report['errors']).toEqual([]);
    expect(report['windows'][0].loadedUrl).toBe('app://pathboard/index.html');
  }, 30_000);
});

describe('built main process when another Pathboard is running', () => {
  let report: Report;
  let userData: string[];

  beforeAll(async () => {
    ({ report, userData } = await runMain({ FAKE_ELECTRON_LOCK: 'refused' }));
  }, 30_000);

  it('quits without a window, without IPC handlers and without touching the data folder', () => {
    expect(report['errors']).toEqual([]);
    expect(report['singleInstanceLockRequested']).toBe(true);
    expect(report['quit']).toBe(true);
    expect(report['windowsCreated']).toBe(0);
    expect(report['handledChannels']).toEqual([]);
    expect(report['appEvents']).not.toContain('second-instance');
    expect(userData).toEqual([]);
  });
});
