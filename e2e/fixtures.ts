import { test as base, expect } from '@playwright/test';

/**
 * Every spec imports `test`/`expect` from here: the `page` fixture records console errors,
 * uncaught page errors and Content-Security-Policy violations, and the test fails if any occurred.
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
    // Chromium logs a CSP violation as a console error already; this line also names the
    // directive, the blocked resource and where it came from.
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(
          `CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
        ),
      ),
    );

    await use(page);

    expect(errors, 'console errors / uncaught page errors during the test').toEqual([]);
  },
});

export { expect };
