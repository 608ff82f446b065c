// The layering lint bites: a file in each layer that imports what it must not fails, and what it may import passes.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'local/layers' || m.ruleId === 'no-restricted-imports').map((m) => m.message);
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
