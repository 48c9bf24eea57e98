import { defineConfig } from '@playwright/test';

import base from './playwright.config';

const external = process.env.BENCH_BASE_URL;

/**
 * Browser benchmarks: same browser and server as the e2e suite, specs in bench/browser.
 * BENCH_BASE_URL points them at an already running server instead (no build).
 */
export default defineConfig({
  ...base,
  testDir: 'bench/browser',
  workers: 1,
  reporter: 'list',
  ...(external ? { use: { ...base.use, baseURL: external }, webServer: undefined } : {}),
});
