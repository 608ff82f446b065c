// Packs the app the way `npm run dist` does (electron-builder, our package.json "build" config), but with the `dir`
// target and a stand-in Electron distribution, since the real binary cannot be downloaded here, and checks what
// app.asar ships: the built app and its resources, production dependencies only, nothing else, within a size budget.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { extractFile, listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
/** What app.asar may weigh. Today it is about 13.7 MB (most of it react-dom and zod); a new heavy dependency should be a decision. */
const ASAR_BUDGET_BYTES = 16 * 1024 * 1024;

interface LockEntry {
  version?: string;
  dev?: boolean;
  devOptional?: boolean;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'));
}

let work: string;
let asar: string;
let files: string[];
let builderOutput: string;

beforeAll(async () => {
  for (const built of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
    if (!existsSync(join(root, built))) throw new Error(`${built} is missing: run "npm run build" first (npm test does).`);
  }
  work = await mkdtemp(join(tmpdir(), 'pathboard-pack-'));
  // The stand-in: an executable named `electron` and a `version` file are all electron-builder copies and renames.
  const electronDist = join(work, 'electron-dist');
  await mkdir(electronDist);
  await writeFile(join(electronDist, 'electron'), '#!/bin/sh\necho "stand-in Electron: not runnable"\nexit 1\n');
  await chmod(join(electronDist, 'electron'), 0o755);
  const { version } = JSON.parse(await readFile(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string };
  await writeFile(join(electronDist, 'version'), version);
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    [
      join(root, 'node_modules', 'electron-builder', 'cli.js'),
      '--linux',
      'dir',
      '--publish',
      'never',
      `-c.electronDist=${electronDist}`,
      `-c.electronVersion=${version}`,
      `-c.directories.output=${join(work, 'dist')}`,
    ],
    { cwd: root, env: { ...process.env, CI: '1' }, maxBuffer: 16 * 1024 * 1024, timeout: 220_000 },
  );
  builderOutput = stdout + stderr;
  asar = join(work, 'dist', 'linux-unpacked', 'resources', 'app.asar');
  files = listPackage(asar, { isPack: false }).map((p) => p.replace(/^[\\/]/, '').split('\\').join('/'));
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the packaged app.asar', () => {
  it('holds the built main process, preload and every file of the built renderer', async () => {
    expect(files).toEqual(expect.arrayContaining(['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']));
    const renderer = (await filesUnder(join(root, 'out', 'renderer'))).filter((f) => !f.endsWith('.map'));
    expect(renderer.length).toBeGreaterThan(2);
    expect(files).toEqual(expect.arrayContaining(renderer));
  });

  it('holds every built-in roadmap and the window icon', async () => {
    const roadmaps = (await filesUnder(join(root, 'resources', 'roadmaps'))).filter((f) => f.endsWith('.json'));
    expect(roadmaps.length).toBeGreaterThanOrEqual(4);
    expect(files).toEqual(expect.arrayContaining([...roadmaps, 'resources/icon.png']));
  });

  it('holds nothing but the app, its resources, its package.json and node_modules at the top', () => {
    const top = new Set(files.map((f) => f.split('/')[0]));
    expect([...top].sort()).toEqual(['node_modules', 'out', 'package.json', 'resources']);
    expect(new Set(files.filter((f) => f.startsWith('out/')).map((f) => f.split('/')[1]))).toEqual(new Set(['main', 'preload', 'renderer']));
  });

  it('ships no sources, tests, source maps, TypeScript, env files or dotfiles of ours', () => {
    const ours = files.filter((f) => !f.startsWith('node_modules/'));
    expect(ours.filter((f) => /^(src|tests|scripts|bench|docs|\.github|\.ci)\//.test(f))).toEqual([]);
    expect(files.filter((f) => /\.(map|ts|tsx|mts|cts)$/.test(f))).toEqual([]);
    expect(files.filter((f) => /(^|\/)\.env(\.|$)|(^|\/)\.(npmrc|git|gitignore|DS_Store)$/.test(f))).toEqual([]);
    expect(ours.filter((f) => /\.(md|log)$|tsconfig|eslint|vite|vitest|playwright/.test(f))).toEqual([]);
  });

  it('ships production dependencies only: every module is a non-dev entry of the lockfile, and every runtime one is there', async () => {
    const lock = JSON.parse(await readFile(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const modules = new Set(
      files
        .filter((f) => f.startsWith('node_modules/') && f.endsWith('/package.json'))
        .map((f) => f.slice(0, -'/package.json'.length))
        // A package folder, not a nested package.json inside one (e.g. zod's "v4/package.json" subpath markers).
        .filter((dir) => dir in lock.packages),
    );
    expect(modules.size).toBeGreaterThan(5);
    for (const dir of modules) {
      // electron-builder flattens a production package nested under another (yup/node_modules/type-fest) to the top
      // when nothing else there needs that name, so the shipped copy is matched to the lockfile by name and version.
      const { version } = JSON.parse(extractFile(asar, `${dir}/package.json`).toString('utf8')) as { version: string };
      const name = dir.slice('node_modules/'.length);
      const entries = Object.entries(lock.packages).filter(([path, e]) => (path === dir || path.endsWith(`/node_modules/${name}`)) && e.version === version);
      expect(entries.length, `${dir}@${version} is not in the lockfile`).toBeGreaterThan(0);
      expect(entries.some(([, e]) => !(e.dev ?? e.devOptional ?? false)), `${dir}@${version} is a dev dependency`).toBe(true);
    }
    for (const name of Object.keys(pkg.dependencies)) expect(modules, name).toContain(`node_modules/${name}`);
    for (const name of Object.keys(pkg.devDependencies)) expect(modules, name).not.toContain(`node_modules/${name}`);
    // What the main bundle imports at run time must be there (electron-vite keeps dependencies external).
    const mainImports = [...(await readFile(join(root, 'out', 'main', 'index.js'), 'utf8')).matchAll(/from\s+"([^".][^"]*)"/g)]
      .map((m) => m[1]!)
      .filter((s) => !s.startsWith('node:') && s !== 'electron');
    expect(mainImports.length).toBeGreaterThan(0);
    for (const specifier of mainImports) expect(modules, specifier).toContain(`node_modules/${specifier}`);
  });

  it('keeps the package name, so the packaged app uses the same data folder as a run from source', () => {
    const packed = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as Record<string, unknown>;
    expect(packed).toMatchObject({ name: 'pathboard', main: './out/main/index.js', type: 'module' });
    // Electron names userData after productName when there is one: ~/.config/Pathboard would hide existing data.
    expect(packed).not.toHaveProperty('productName');
    expect(packed).not.toHaveProperty('devDependencies');
    expect(packed).not.toHaveProperty('scripts');
  });

  it(`stays under its size budget of ${ASAR_BUDGET_BYTES / 1024 / 1024} MiB`, async () => {
    const { size } = await stat(asar);
    console.log(`app.asar: ${(size / 1024 / 1024).toFixed(2)} MiB, ${files.length} entries`);
    expect(size).toBeLessThan(ASAR_BUDGET_BYTES);
  });

  it('ran the fuse hook, which skipped the stand-in binary because it has no fuse sentinel', () => {
    expect(builderOutput).toContain('skipping Electron fuses');
    expect(builderOutput).toMatch(/linux-unpacked[\\/]pathboard has no fuse sentinel/);
  });
});
