// The layering lint bites: a file in each layer that imports what it must not fails, and what it may import passes.
// The renderer's hooks rules bite too, and so does the ban on sending events outside the shell's ipc module.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'local/layers' || m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'parse error');
}

const FORBIDDEN: Array<[string, string, string]> = [
  ['src/shared/probe.ts', "import { createApi } from '../main/api';", 'shared may not import src/main/api'],
  ['src/shared/probe.ts', "import { App } from '../renderer/src/App';", 'shared may not import src/renderer/src/App'],
  ['src/shared/probe.ts', "import { readFile } from 'node:fs/promises';", 'shared may not import "node:fs/promises"'],
  ['src/shared/probe.ts', "import { useState } from 'react';", 'shared may not import "react"'],
  ['src/main/probe.ts', "import { app } from 'electron/main';", 'main may not import "electron/main"'],
  ['src/main/probe.ts', "import { App } from '../renderer/src/App';", 'main may not import src/renderer/src/App'],
  ['src/main/probe.ts', "import { installMenu } from './menu';", 'main may not import src/main/menu'],
  ['src/main/store/probe.ts', "import { app } from 'electron';", 'main may not import "electron"'],
  ['src/main/window.ts', "import { App } from '../renderer/src/App';", 'shell may not import src/renderer/src/App'],
  ['src/renderer/src/probe.ts', "import { ipcRenderer } from 'electron/renderer';", 'renderer may not import "electron/renderer"'],
  ['src/renderer/src/probe.ts', "import { readFile } from 'fs/promises';", 'renderer may not import "fs/promises"'],
  ['src/renderer/src/probe.ts', "import { createApi } from '../../main/api';", 'renderer may not import src/main/api'],
  ['src/preload/probe.ts', "import { contract } from '../shared/ipc';", 'preload may not import src/shared/ipc'],
  ['src/preload/probe.ts', "import { readFile } from 'node:fs';", 'preload may not import "node:fs"'],
  ['src/cli/probe.ts', "import { installMenu } from '../main/menu';", 'cli may not import src/main/menu'],
  ['src/cli/probe.ts', "import { app } from 'electron';", 'cli may not import "electron"'],
  ['bench/probe.bench.ts', "import { App } from '../src/renderer/src/App';", 'bench may not import src/renderer/src/App'],
  ['tests/unit/probe.test.ts', "import { app } from 'electron';", 'tests may not import "electron"'],
  ['src/main/menu.ts', "import { ipcMain } from 'electron';", "'ipcMain' import from 'electron' is restricted"],
];

const ALLOWED: Array<[string, string]> = [
  ['src/shared/probe.ts', "import { z } from 'zod';\nimport { statusOf } from './progress';\nvoid z; void statusOf;"],
  ['src/main/probe.ts', "import { readFile } from 'node:fs/promises';\nimport { statusOf } from '../shared/progress';\nvoid readFile; void statusOf;"],
  ['src/main/ipc.ts', "import { ipcMain } from 'electron';\nvoid ipcMain;"],
  ['src/preload/probe.ts', "import { CHANNELS } from '../shared/channels';\nimport type { Api } from '../shared/ipc';\nexport type A = Api;\nvoid CHANNELS;"],
  ['src/renderer/src/probe.ts', "import { useState } from 'react';\nimport { statusOf } from '../../shared/progress';\nvoid useState; void statusOf;"],
];

describe('layering lint', () => {
  // ESLint's first run loads typescript-eslint (several seconds on a busy machine); later ones are fast.
  beforeAll(() => problems('src/shared/warm-up.ts', 'export {};'), 120_000);

  it.each(FORBIDDEN)('%s: refuses %s', async (file, code, message) => {
    expect((await problems(file, code)).join('\n')).toContain(message);
  }, 30_000);

  it.each(ALLOWED)('%s: allows what its layer may import', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  }, 30_000);
});

const HOOKS_PROBE = 'src/renderer/src/features/probe/Probe.tsx';

describe('hooks lint', () => {
  it('refuses a hook called conditionally', async () => {
    const code = "import { useState } from 'react';\nexport function Probe({ on }: { on: boolean }) {\n  if (on) useState(0);\n  return null;\n}\n";
    expect(await ruleIds(HOOKS_PROBE, code)).toContain('react-hooks/rules-of-hooks');
  }, 30_000);

  it('refuses an effect that leaves out a dependency', async () => {
    const code =
      "import { useEffect } from 'react';\nexport function Probe({ save, value }: { save: (v: number) => void; value: number }) {\n" +
      '  useEffect(() => save(value), [save]);\n  return null;\n}\n';
    expect(await ruleIds(HOOKS_PROBE, code)).toContain('react-hooks/exhaustive-deps');
  }, 30_000);

  it('refuses writing a ref during render', async () => {
    const code =
      "import { useRef } from 'react';\nexport function Probe({ onClose }: { onClose: () => void }) {\n" +
      '  const latest = useRef(onClose);\n  latest.current = onClose;\n  return null;\n}\n';
    expect(await ruleIds(HOOKS_PROBE, code)).toContain('react-hooks/refs');
  }, 30_000);

  it('accepts an effect with its dependencies', async () => {
    const code =
      "import { useEffect } from 'react';\nexport function Probe({ save, value }: { save: (v: number) => void; value: number }) {\n" +
      '  useEffect(() => save(value), [save, value]);\n  return null;\n}\n';
    expect(await ruleIds(HOOKS_PROBE, code)).toEqual([]);
  }, 30_000);
});

const WINDOW = 'declare const win: { webContents: { send(channel: string, payload: unknown): void } } | null;\n';

describe('events lint', () => {
  it.each([
    ['src/main/menu.ts', "win?.webContents.send('menu:command', 'undo');"],
    ['src/main/index.ts', "win!.webContents.send('data:changed', {});"],
    ['src/main/window.ts', "const webContents = win!.webContents;\nwebContents.send('menu:command', 'undo');"],
  ])('%s: refuses a raw webContents.send', async (file, code) => {
    expect(await ruleIds(file, WINDOW + code)).toContain('no-restricted-syntax');
  }, 30_000);

  it('allows it in src/main/ipc.ts, where sendEvent lives', async () => {
    expect(await ruleIds('src/main/ipc.ts', `${WINDOW}win?.webContents.send('menu:command', 'undo');`)).toEqual([]);
  }, 30_000);
});
