// The layering rule: each folder is a runtime layer and may import only what its allow-list names (like VS Code's
// local/code-layering). Anything not listed is an error, so a new import across layers is a decision, not an accident.
import { builtinModules } from 'node:module';
import { dirname, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const NODE = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** The Electron shell: the only main-process files that may import electron. */
export const SHELL = ['src/main/index.ts', 'src/main/ipc.ts', 'src/main/window.ts', 'src/main/menu.ts', 'src/main/dialogs.ts'];

/** Layers in match order: the first whose test accepts a repository path wins. */
export const LAYERS = [
  // Pure libraries only: schemas, Markdown, CSV, calendar files, spaced-repetition scheduling.
  { name: 'shared', test: (p) => p.startsWith('src/shared/'), layers: ['shared'], packages: ['zod', 'marked', 'papaparse', 'ics', 'ts-fsrs'] },
  { name: 'shell', test: (p) => SHELL.includes(p), layers: ['shared', 'main', 'shell'], packages: ['electron', 'node'] },
  { name: 'main', test: (p) => p.startsWith('src/main/'), layers: ['shared', 'main'], packages: ['node', 'lowdb', 'zod'] },
  // The preload bundles to a CommonJS file a sandboxed preload can run: channel names and types only.
  { name: 'preload', test: (p) => p.startsWith('src/preload/'), layers: ['shared-types', 'channels'], packages: ['electron'] },
  {
    name: 'renderer',
    test: (p) => p.startsWith('src/renderer/'),
    layers: ['renderer', 'shared'],
    packages: ['react', 'react-dom', 'zustand', '@dnd-kit', 'dompurify', 'zod'],
  },
  { name: 'cli', test: (p) => p.startsWith('src/cli/'), layers: ['shared', 'main', 'cli'], packages: ['node'] },
  // The floor page is a plain React list; the bench builds it with vite.
  { name: 'bench-floor', test: (p) => p.startsWith('bench/floor/'), layers: [], packages: ['react', 'react-dom'] },
  { name: 'bench', test: (p) => p.startsWith('bench/'), layers: ['shared', 'main', 'tests', 'bench'], packages: ['node', '@playwright/test', 'vite'] },
  {
    name: 'tests',
    test: (p) => p.startsWith('tests/'),
    layers: ['shared', 'main', 'cli', 'renderer', 'tests', 'scripts'],
    packages: ['*'],
  },
];

const layerOf = (repoPath) => LAYERS.find((l) => l.test(repoPath))?.name ?? null;

function packageName(spec) {
  if (NODE.has(spec) || NODE.has(spec.split('/')[0])) return 'node';
  // '@dnd-kit/core' is listed as its scope, 'react-dom/client' as 'react-dom'.
  return spec.split('/')[0];
}

function allowedPackage(layer, spec) {
  if (layer.packages.includes('*')) return spec !== 'electron';
  const name = packageName(spec);
  return layer.packages.some((p) => p === name || (p.startsWith('@') && spec.startsWith(`${p}/`)) || p === spec);
}

export const layersPlugin = {
  rules: {
    layers: {
      meta: { type: 'problem', schema: [], messages: { forbidden: '{{from}} may not import {{what}}: {{why}}' } },
      create(context) {
        const file = relative(ROOT, context.filename).split('\\').join('/');
        const layer = LAYERS.find((l) => l.test(file));
        if (!layer) return {};
        const check = (node, spec, typeOnly) => {
          if (typeof spec !== 'string') return;
          if (spec.startsWith('.')) {
            const target = relative(ROOT, resolve(dirname(context.filename), spec)).split('\\').join('/');
            const targetFile = /\.[cm]?[jt]sx?$/.test(target) ? target : `${target}.ts`;
            let to = layerOf(targetFile) ?? layerOf(`${target}/index.ts`) ?? (target.split('/')[0] === 'scripts' ? 'scripts' : null);
            if (to === 'shared' && layer.name === 'preload') to = target === 'src/shared/channels' ? 'channels' : typeOnly ? 'shared-types' : 'shared';
            if (to && layer.layers.includes(to)) return;
            context.report({ node, messageId: 'forbidden', data: { from: layer.name, what: target, why: `${layer.name} may import ${layer.layers.join(', ')}` } });
            return;
          }
          if (allowedPackage(layer, spec)) return;
          context.report({ node, messageId: 'forbidden', data: { from: layer.name, what: `"${spec}"`, why: `its packages are ${layer.packages.join(', ')}` } });
        };
        return {
          ImportDeclaration: (node) =>
            check(
              node,
              node.source.value,
              node.importKind === 'type' || (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type')),
            ),
          ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, node.exportKind === 'type'),
          ExportAllDeclaration: (node) => check(node, node.source.value, node.exportKind === 'type'),
          ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value, false),
        };
      },
    },
  },
};
