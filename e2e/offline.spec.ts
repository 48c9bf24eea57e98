import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { rankedIds } from './helpers';

// Issue 12: the built app is an installable PWA whose service worker precaches every file of the
// build, so a second visit works with the network off — the ranking and the decision path's
// mermaid diagrams (lazy chunks) included. Chromium's offline emulation covers the service
// worker's own fetches too: a file missing from the precache fails here.

const EDGE_FIRST = 'k3s+wasmedge+crun+sqlite+flannel+opa-wasm';

// The other specs block service workers (playwright.config.ts); this one is about them.
test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has installed (precached everything) and controls the page. */
async function controlledByServiceWorker(page: Page) {
  // The first page of a visit is not controlled (no clients.claim(): a new version never takes
  // over an open page by itself); the next load is.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test('a second visit works offline: the ranking, the top stack and every decision path diagram', async ({
  page,
  context,
}) => {
  await page.goto('/?v=1&s=edge');
  await controlledByServiceWorker(page);

  await context.setOffline(true);
  const fromNetwork: string[] = [];
  page.on('response', (r) => {
    if (!r.fromServiceWorker() && !r.url().startsWith('data:')) fromNetwork.push(r.url());
  });
  await page.reload();
  expect(await rankedIds(page, 1)).toEqual([EDGE_FIRST]);
  const ranking = page.getByRole('region', { name: 'Ranked stacks' });
  await expect(ranking.getByRole('status').first()).toContainText('Showing 50 of 240 stacks');
  expect(await ranking.locator('tbody tr[data-stack-id]').count()).toBeGreaterThan(5);
  const recommendation = page.getByRole('region', { name: 'Recommendation' });
  await expect(recommendation.getByText('K3s', { exact: true })).toBeVisible();
  await expect(recommendation.getByText('WasmEdge', { exact: true })).toBeVisible();

  // The path view loads mermaid and its flowchart chunks only now, from the precache.
  await page.getByRole('button', { name: 'Decision path', exact: true }).click();
  const diagrams = page.locator('.diagram-svg svg');
  await expect(diagrams).toHaveCount(4);
  for (const svg of await diagrams.all()) {
    await expect(svg.locator('.node').first()).toBeVisible();
  }
  // Chinese too: the same chunks, other labels.
  await page.goto('/?v=1&s=edge&view=path&lang=zh');
  await expect(diagrams).toHaveCount(4);
  await expect(page.getByRole('region', { name: '决策流程（17.6.2）' })).toBeVisible();
  expect(fromNetwork).toEqual([]);
  // A team link as chat apps paste it (its query ends in a file name) opens the app too.
  await page.goto('/?catalogue=https://team.example/stack-catalogue.json');
  await expect(
    page.getByRole('dialog', { name: 'Load the team catalogue from team.example?' }),
  ).toBeVisible();
  await context.setOffline(false);
});

test('the web app manifest is served with its icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const response = await request.get(href!);
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toContain('manifest');
  const manifest = (await response.json()) as {
    name: string;
    short_name: string;
    start_url: string;
    scope: string;
    display: string;
    lang: string;
    icons: { src: string; sizes: string; type: string; purpose: string }[];
  };
  expect(manifest).toMatchObject({
    name: 'Stack Decision Matrix',
    short_name: 'Stack Matrix',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    lang: 'en',
  });
  const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
  expect(pngs.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
    '192x192 any',
    '512x512 any',
    '512x512 maskable',
  ]);
  for (const icon of manifest.icons) {
    const file = await request.get(`/${icon.src}`);
    expect(file.ok(), icon.src).toBe(true);
    expect(file.headers()['content-type'], icon.src).toBe(icon.type);
  }
  // The icon as the manifest says: a PNG of its declared size.
  const size = await page.evaluate(async (src) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    return `${image.naturalWidth}x${image.naturalHeight}`;
  }, `/${pngs[1]!.src}`);
  expect(size).toBe('512x512');
});
