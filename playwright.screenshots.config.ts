import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium';

// `npm run screenshots`: the same harness as the e2e tests, writing PNGs to docs/screenshots.
export default defineConfig({
  testDir: 'tests/screenshots',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1280, height: 820 },
    deviceScaleFactor: 1,
  },
});
