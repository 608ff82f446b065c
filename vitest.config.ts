import { defineConfig } from 'vitest/config';

const SLOW = ['tests/unit/main/crash.test.ts', 'tests/unit/main/faults.test.ts', 'tests/unit/main/invariants.test.ts', 'tests/unit/main/limits.test.ts', 'tests/unit/main/twoDevices.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/shared/**/*.test.ts', 'tests/unit/main/**/*.test.ts', 'tests/unit/lint/**/*.test.ts'],
          exclude: SLOW,
        },
      },
      {
        // Long-running suites (crash kills, random command sequences) with timeouts that hold on a loaded 2-core machine.
        test: {
          name: 'slow',
          environment: 'node',
          include: SLOW,
          testTimeout: 600_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'renderer',
          environment: 'jsdom',
          setupFiles: ['tests/support/rendererSetup.ts'],
          testTimeout: 30_000,
          include: ['tests/unit/renderer/**/*.test.tsx'],
        },
      },
      {
        // Packs the app with electron-builder (about 10-20 s alone, much more on a loaded 2-core machine): its own
        // project, run by `npm run test:package` (`npm run test:unit` runs every other project), with room to spare.
        test: {
          name: 'packaging',
          environment: 'node',
          include: ['tests/packaging/**/*.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
