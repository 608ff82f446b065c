import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/chromium';

// `npm run bench`: measurements that print numbers. Nothing here passes or fails on time.
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  workers: 1,
  timeout: 900_000,
  reporter: [['list']],
  use: { launchOptions: chromiumLaunchOptions(), viewport: { width: 1280, height: 820 } },
});
