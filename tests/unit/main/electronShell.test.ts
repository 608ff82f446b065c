// Guards for what only Electron would reveal: the built preload is CommonJS and exposes exactly the contract, and the
// built main bundle, run under Node against a fake electron module, wires exactly the contract's channels securely.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS, CHANNELS } from '../../../src/shared/channels';
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
      ipcRenderer: { invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve('answer')) },
    };
    const sandboxRequire = (name: string) => {
      if (name === 'electron') return fakeElectron;
      throw new Error(`a sandboxed preload cannot require "${name}"`);
    };
    const module = { exports: {} };
    vm.runInNewContext(readFileSync(preloadBundle, 'utf8'), { require: sandboxRequire, module, exports: module.exports });
    expect(Object.keys(exposed)).toEqual(['api']);
    const api = exposed['api'] as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort());
    expect(Object.isFrozen(api)).toBe(true);
    for (const method of API_METHODS) {
      await expect(api[method]!({ probe: method })).resolves.toBe('answer');
    }
    expect(invoked).toEqual(API_METHODS.map((m) => [CHANNELS[m], { probe: m }]));
  });
});

describe('built main process under a fake electron', () => {
  let report: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  beforeAll(async () => {
    await withTempDir(async (dir) => {
      const reportFile = join(dir, 'report.json');
      const register = fileURLToPath(new URL('../../support/fake-electron/register.mjs', import.meta.url));
      await promisify(execFile)(process.execPath, ['--import', register, mainBundle], {
        cwd: root,
        env: { ...process.env, FAKE_ELECTRON_REPORT: reportFile, FAKE_ELECTRON_USERDATA: dir },
        timeout: 20_000,
      });
      report = JSON.parse(await readFile(reportFile, 'utf8'));
    });
  }, 30_000);

  it('starts without errors and takes the single-instance lock', () => {
    expect(report['errors']).toEqual([]);
    expect(report['singleInstanceLockRequested']).toBe(true);
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
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(existsSync(options.webPreferences.preload)).toBe(true);
    expect(options.webPreferences.preload).toMatch(/index\.cjs$/);
    expect(existsSync(fileURLToPath(loadedUrl))).toBe(true);
  });

  it('prevents navigation away from the app and opens only https links, outside the app', () => {
    const win = report['windows'][0];
    const [own, ...foreign] = Object.entries(win.navigation as Record<string, string>);
    expect(own?.[1]).toBe('allowed');
    expect(foreign.map(([, v]) => v)).toEqual(['prevented', 'prevented', 'prevented', 'prevented']);
    expect(Object.values(win.windowOpen)).toEqual(['deny', 'deny', 'deny', 'deny']);
    expect(report['openedExternally']).toEqual(['https://example.org/docs']);
    expect(Object.values(win.permissions)).toEqual([false, false, false, false]);
    expect(win.permissionCheck).toBe(false);
  });

  it('answers its own window, refuses every call from a foreign frame or sender, and validates payloads', () => {
    expect(report['trustedCall']).toEqual({ ok: true, count: expect.any(Number) });
    expect(report['trustedCall'].count).toBeGreaterThan(0);
    expect(report['foreignFrameCall']).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(report['foreignSenderCall']).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(Object.values(report['foreignAnswers']).every((c) => c === 'FORBIDDEN')).toBe(true);
    expect(report['badPayloadCall']).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
