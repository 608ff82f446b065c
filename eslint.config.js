// Lint rules: each folder imports only what its layer allows (eslint/layers.js, explained in docs/architecture.md), raw
// IPC and event sending stay in the shell's ipc module and the preload, and the renderer follows the rules of hooks.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

import { layersPlugin } from './eslint/layers.js';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/unit/renderer/**/*.tsx', 'bench/floor/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The rules of hooks and the React Compiler's checks (pure renders, no setState in effects, complete dependencies).
    // lint runs with --max-warnings=0, so the recommended set's warnings fail it too.
    files: ['src/renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // Layers by allow-list: see eslint/layers.js for what each folder may import.
    files: ['src/**/*.{ts,tsx}', 'bench/**/*.ts', 'tests/**/*.{ts,tsx}'],
    plugins: { local: layersPlugin },
    rules: { 'local/layers': 'error' },
  },
  {
    // Raw IPC lives in two files: the shell's ipc.ts binds the contract, the preload exposes it. Everything else uses them.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main/ipc.ts', 'src/preload/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression > MemberExpression.callee[property.name=/^send(ToFrame)?$/]:matches([object.name='webContents'], [object.property.name='webContents'])",
          message: "Events go through the contract: sendEvent(webContents, 'eventName', payload) from src/main/ipc.ts.",
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain', 'ipcRenderer'],
              message: 'Only src/main/ipc.ts and src/preload touch raw IPC: go through the contract in src/shared/ipc.ts.',
            },
          ],
        },
      ],
    },
  },
);
