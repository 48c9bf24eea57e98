import { defineConfig } from '@playwright/test';

import base from './playwright.config';

const external = process.env.BENCH_BASE_URL;

/**
 * Browser benchmarks: same browser and server as the e2e suite, specs in bench/browser.
 * BENCH_BASE_URL points them at an already running server instead (no build). No Playwright
 * trace: it snapshots the DOM in the page at every action, which would be measured as the
 * app's own work. Chromium also gets --enable-precise-memory-info (performance.memory exact).
 */
export default defineConfig({
  ...base,
  testDir: 'bench/browser',
  workers: 1,
  reporter: 'list',
  use: { ...base.use, trace: 'off' },
  projects: base.projects?.map((p) => ({
    ...p,
    use: {
      ...p.use,
      launchOptions: {
        ...p.use?.launchOptions,
        args: [...(p.use?.launchOptions?.args ?? []), '--enable-precise-memory-info'],
      },
    },
  })),
  ...(external
    ? { use: { ...base.use, trace: 'off', baseURL: external }, webServer: undefined }
    : {}),
});
