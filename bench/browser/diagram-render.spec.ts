import { test } from '@playwright/test';
import { gzipSync } from 'node:zlib';

/**
 * Diagram figures: render time of each mermaid diagram, cold (the first render pays for
 * loading mermaid) and warm (after a language switch: new text, mermaid loaded), from the
 * performance measures renderMermaid records; and the gzip size of the JavaScript the first
 * page load fetches against what the decision path adds. Prints figures, asserts nothing.
 */
test('diagram render times and bundle split', async ({ page }) => {
  const scripts = new Map<string, number>();
  page.on('response', async (r) => {
    if (!r.url().endsWith('.js')) return;
    const body = await r.body().catch(() => null);
    if (body) scripts.set(r.url(), gzipSync(body).length);
  });
  await page.goto('/');
  await page.getByRole('region', { name: 'Compare stacks' }).waitFor();
  await page.waitForTimeout(500);
  const initial = new Map(scripts);
  await page.getByRole('button', { name: 'Decision path' }).click();
  await page.locator('.diagram-svg svg').nth(3).waitFor();
  await page.waitForTimeout(300);
  const measures = async () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('mermaid'))
        .map((m) => `${m.name}: ${m.duration.toFixed(0)} ms`),
    );
  const coldRuns = await measures();
  await page.evaluate(() => performance.clearMeasures());
  await page.getByRole('button', { name: '中文' }).click();
  await page.waitForFunction(
    () =>
      performance.getEntriesByType('measure').filter((m) => m.name.startsWith('mermaid')).length >=
      4,
  );
  const warmRuns = await measures();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const lazy = new Map([...scripts].filter(([url]) => !initial.has(url)));
  console.log(
    [
      'diagrams (decision flow, global tree, panorama, evolution), in render order:',
      `  cold: ${coldRuns.join(' · ')}`,
      `  warm: ${warmRuns.join(' · ')}`,
      `initial JavaScript: ${kb(sum(initial))} gzip in ${initial.size} files (incl. lazy recharts panels fetched right after load)`,
      `decision path adds: ${kb(sum(lazy))} gzip in ${lazy.size} files (mermaid + dagre)`,
    ].join('\n'),
  );
});
