// Lint rules, including the layering rules from STYLE.md: src/shared is pure; only the thin shell touches electron.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ELECTRON_SHELL = ['src/main/index.ts', 'src/main/ipc.ts', 'src/main/window.ts', 'src/main/menu.ts', 'src/main/dialogs.ts', 'src/preload/**'];

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
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/unit/renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'src/shared is pure: no Node APIs.' },
            { regex: '^(fs|path|os|crypto|child_process)$', message: 'src/shared is pure: no Node APIs.' },
            { regex: '^(electron|react|react-dom|zustand|lowdb)', message: 'src/shared is pure: no electron, React or storage.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(electron|lowdb)$', message: 'The renderer talks to the main process only through window.api.' },
            { regex: '^node:', message: 'The renderer has no Node APIs.' },
            { regex: '/main/', message: 'The renderer may import src/shared, never src/main.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ELECTRON_SHELL,
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only the thin shell (index.ts, ipc.ts, window.ts, menu.ts, preload) imports electron.' }] },
      ],
    },
  },
);
