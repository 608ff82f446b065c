import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/chromium';

// `npm run bench`: measurements that print numbers. Nothing here passes or fails on time.
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  workers: 1,
  timeout: 900_000,
  reporter: [['list']],
  // A click that cannot happen fails after 30 s instead of holding the run.
  use: { launchOptions: chromiumLaunchOptions(), viewport: { width: 1280, height: 820 }, actionTimeout: 30_000 },
});
