import { test as base, expect } from '@playwright/test';

/**
 * Every spec imports `test`/`expect` from here: the `page` fixture records console errors
 * and uncaught page errors, and the test fails if any occurred.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') {
        const { url, lineNumber } = msg.location();
        errors.push(`console.error: ${msg.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
      }
    });
    page.on('pageerror', (error) => {
      errors.push(`pageerror: ${error.message}`);
    });

    await use(page);

    expect(errors, 'console errors / uncaught page errors during the test').toEqual([]);
  },
});

export { expect };
