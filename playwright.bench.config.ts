import { defineConfig } from '@playwright/test';

import base from './playwright.config';

/** Browser benchmarks: same browser and server as the e2e suite, specs in bench/browser. */
export default defineConfig({
  ...base,
  testDir: 'bench/browser',
  workers: 1,
  reporter: 'list',
});
