import { readFile } from 'node:fs/promises';

import { test as base, type Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { openFresh, seriousViolations } from './helpers';

/** Podman as a user-entered runtime: what a team adds to the seed. */
const PODMAN = {
  id: 'podman',
  layer: 'runtime',
  name: 'Podman',
  summary: {
    zh: '无守护进程的 OCI 容器引擎，命令行兼容 Docker。',
    en: 'A daemonless OCI container engine with a Docker-compatible CLI.',
  },
  entered: { source: 'team evaluation' },
  facts: {
    startTime: {
      kind: 'range',
      min: 800,
      max: 1500,
      unit: 'ms',
      source: 'user',
      entered: { source: 'team benchmark' },
    },
    productionStars: {
      kind: 'stars',
      value: 4,
      source: 'user',
      entered: { source: 'team estimate' },
    },
    offline: { kind: 'bool', value: true, source: 'user', entered: { source: 'team estimate' } },
  },
};

const view = (page: Page, name: 'Decision' | 'Catalogue') =>
  page.getByRole('button', { name, exact: true }).click();

const importPanel = (page: Page) => page.getByRole('region', { name: 'Import and export' });

/** The number of stacks the ranking says it ranks ("Showing 10 of 240 stacks"). */
async function stackCount(page: Page): Promise<number> {
  await view(page, 'Decision');
  const status = page.getByRole('region', { name: 'Ranked stacks' }).locator('.ranking-count');
  const text = (await status.textContent()) ?? '';
  const match = /of ([\d,]+) stacks/.exec(text);
  expect(match, text).not.toBeNull();
  return Number(match![1]!.replace(/,/g, ''));
}

/** The catalogue file the app exports, parsed (read from the real download). */
async function exportedFile(page: Page) {
  await view(page, 'Catalogue');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    importPanel(page).getByRole('button', { name: 'Export catalogue (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^catalogue-\d{4}-\d{2}-\d{2}\.json$/);
  return JSON.parse(await readFile((await download.path())!, 'utf8'));
}

/** The exported seed catalogue with Podman added, as file text. */
async function withPodmanText(page: Page): Promise<string> {
  const file = await exportedFile(page);
  file.catalogue.technologies.push(PODMAN);
  return JSON.stringify(file, null, 2);
}

/** Chooses a file in the Import catalogue… input. */
async function importFile(page: Page, name: string, text: string) {
  await importPanel(page)
    .getByLabel('Import catalogue…')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

const podmanCard = (page: Page) => page.getByRole('article', { name: 'Podman', exact: true });

test('a malformed import lists its errors and changes nothing', async ({ page }) => {
  await page.goto('/');
  const before = await stackCount(page);
  const file = await exportedFile(page);
  file.catalogue.technologies.push({
    ...PODMAN,
    facts: { productionStars: { kind: 'stars', value: 9, source: 'user' } },
  });
  file.catalogue.dimensions[0].defaultWeight = 'high';
  await importFile(page, 'broken.json', JSON.stringify(file));

  // Every problem at once: the two shape errors and the user fact without its typed source.
  const dialog = page.getByRole('dialog', { name: 'The file was not imported: 3 problems' });
  await expect(dialog).toBeVisible();
  const table = dialog.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Path', 'Value', 'Expected']);
  const podman = `catalogue.technologies[${file.catalogue.technologies.length - 1}]`;
  await expect(table.getByRole('rowheader')).toHaveText([
    `${podman}.facts.productionStars.value`,
    'catalogue.dimensions[0].defaultWeight',
    `${podman}.facts.productionStars.entered`,
  ]);
  await expect(table).toContainText('"high"');
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  await expect(podmanCard(page)).toHaveCount(0);
  expect(await stackCount(page)).toBe(before);
});

test('a CSV with several problems lists them all, worded in Chinese', async ({ page }) => {
  await page.goto('/?v=1&view=catalogue&lang=zh');
  const csv = [
    'technology,layer,name,fact,kind,value,min,max,unit,source,entered_source',
    'docker,,,startTime,range,,abc,300,ms,user,team',
    'k3s,,,controlPlaneMemory,range,,512,1024,parsecs,user,team',
    'k3s,,,bootTime,number,5,,,ms,user,team',
    'podman,,Podman,offline,bool,true,,,,user,team',
    'docker,,,startTime,range,,100,300,ms,user,team',
  ].join('\r\n');
  await page
    .getByRole('region', { name: '导入与导出' })
    .getByLabel('导入目录…')
    .setInputFiles({ name: 'facts.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

  const dialog = page.getByRole('dialog', { name: '文件未导入：5 个问题' });
  await expect(dialog).toBeVisible();
  const table = dialog.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['路径', '值', '应为']);
  await expect(table.getByRole('rowheader')).toHaveText([
    '第 2 行，min 列',
    '第 3 行，unit 列',
    '第 4 行，fact 列',
    '第 5 行，layer 列',
    '第 6 行，fact 列',
  ]);
  await expect(table.getByRole('row').nth(1)).toContainText('数字');
  await expect(table.getByRole('row').nth(4)).toContainText('（缺失）');
  await expect(table.getByRole('row').nth(5)).toContainText(
    '每项技术的每个事实只占一行（第 2 行已有 docker 的 startTime）',
  );
  await expect(table).not.toContainText(/\b(a number|missing|row|column|one of)\b/);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the exported catalogue names the served schema by its absolute address', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const file = await exportedFile(page);
  expect(file.$schema).toBe(`${new URL(page.url()).origin}/catalogue.schema.json`);
  const schema = await request.get(file.$schema);
  expect(schema.ok()).toBe(true);
  expect((await schema.json()).title).toBe('Stack Decision Matrix catalogue file');
});

test('a valid import previews, applies on Apply import, and Undo restores', async ({ page }) => {
  await page.goto('/');
  const before = await stackCount(page);
  await importFile(page, 'team.json', await withPodmanText(page));

  const dialog = page.getByRole('dialog', { name: 'Import “team.json”?' });
  await expect(dialog).toBeVisible();
  const technologies = dialog.locator('section').filter({ hasText: 'Technologies' });
  await expect(technologies.getByRole('listitem')).toHaveText(['Podman']);
  await expect(dialog).toContainText(/#1 (stays .+|changes from .+ to .+)\./);
  await expect(dialog).toContainText(`Stacks in the ranking: ${before} → `);
  expect(await seriousViolations(page)).toEqual([]);
  // Nothing changes before Apply import.
  await expect(podmanCard(page)).toHaveCount(0);

  await dialog.getByRole('button', { name: 'Apply import' }).click();
  await expect(dialog).toBeHidden();
  await expect(podmanCard(page)).toBeVisible();
  await expect(importPanel(page).getByRole('status')).toHaveText(/imported “team\.json”/);
  const after = await stackCount(page);
  expect(after).toBeGreaterThan(before);

  await view(page, 'Catalogue');
  await importPanel(page).getByRole('button', { name: 'Undo import' }).click();
  await expect(podmanCard(page)).toHaveCount(0);
  expect(await stackCount(page)).toBe(before);
});

test('a share link with a small custom catalogue opens it in a fresh browser', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await importFile(page, 'team.json', await withPodmanText(page));
  await page.getByRole('button', { name: 'Apply import' }).click();
  await expect(podmanCard(page)).toBeVisible();

  await page.getByRole('button', { name: 'Copy link' }).click();
  const popover = page.getByRole('dialog', { name: /^(Link copied|Copy this link)$/ });
  await expect(popover).toContainText('This link carries your catalogue (1 technology added).');
  const link = await popover.getByRole('textbox', { name: 'Link to this view' }).inputValue();
  expect(link).toMatch(/\?v=1.*view=catalogue.*#catalogue=[A-Za-z0-9_-]+$/);

  const fresh = await openFresh(browser, link);
  await expect(fresh.page.locator('.notices .notice')).toContainText(
    'This link carries its own catalogue',
  );
  await expect(fresh.page.locator('.notices .notice')).toContainText('1 technology added');
  await expect(podmanCard(fresh.page)).toBeVisible();
  expect(fresh.errors).toEqual([]);
  await fresh.close();
});

test('a seed-catalogue link stays as it was: no fragment, no catalogue note', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?v=1&n=5');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${new URL(page.url()).origin}/?v=1&n=5`);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

/** The address of a team file served by the test on the app's own host. */
const teamUrl = (page: Page) => `${new URL(page.url()).origin}/team.json`;

test('?catalogue= asks first, loads after Load catalogue, and leaves the address bar', async ({
  page,
}) => {
  await page.goto('/');
  const body = await withPodmanText(page);
  const url = teamUrl(page);
  let requests = 0;
  await page.route('**/team.json', (route) => {
    requests++;
    return route.fulfill({ status: 200, contentType: 'application/json', body });
  });

  await page.goto(`/?v=1&n=5&catalogue=${encodeURIComponent(url)}`);
  const host = new URL(url).host;
  const confirm = page.getByRole('dialog', { name: `Load the team catalogue from ${host}?` });
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText(url);
  expect(await seriousViolations(page)).toEqual([]);
  expect(requests).toBe(0);
  // The parameter is not an input: no "ignored" notice about it.
  await expect(page.locator('.notices .notice')).toHaveCount(0);

  await confirm.getByRole('button', { name: 'Load catalogue' }).click();
  const preview = page.getByRole('dialog', { name: 'Import “team.json”?' });
  await expect(preview).toContainText('Podman');
  expect(requests).toBe(1);
  await preview.getByRole('button', { name: 'Apply import' }).click();
  await expect(page.locator('.notices .notice')).toContainText(
    `The team catalogue from ${host} is now your catalogue.`,
  );
  await view(page, 'Catalogue');
  await expect(podmanCard(page)).toBeVisible();
  const address = new URL(page.url());
  expect(address.searchParams.has('catalogue')).toBe(false);
  expect(address.searchParams.get('n')).toBe('5');
});

/**
 * The 404 test runs without the shared console guard: Chromium itself logs a failed request
 * ("Failed to load resource: … 404") as a console error. This guard allows exactly that line,
 * for the team file, and fails on anything else.
 */
base('?catalogue= pointing at a missing file says the server answered 404', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const expected =
      msg.text() ===
        'Failed to load resource: the server responded with a status of 404 (Not Found)' &&
      msg.location().url.endsWith('/team.json');
    if (!expected) errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/');
  const url = teamUrl(page);
  await page.route('**/team.json', (route) =>
    route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }),
  );
  await page.goto(`/?catalogue=${encodeURIComponent(url)}`);
  await page.getByRole('button', { name: 'Load catalogue' }).click();
  const error = page.getByRole('dialog', { name: 'The catalogue was not loaded' });
  await expect(error).toContainText('The server answered 404.');
  await expect(error).toContainText(url);
  expect(await seriousViolations(page)).toEqual([]);
  await error.getByRole('button', { name: 'Close' }).click();
  await expect(error).toBeHidden();
  expect(new URL(page.url()).searchParams.has('catalogue')).toBe(false);
  await view(page, 'Catalogue');
  await expect(podmanCard(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('?catalogue= with words instead of an address refuses them without repeating them', async ({
  page,
}) => {
  const words = 'URGENT: your licence expired. Call support on +1 555 0100 now';
  await page.goto(`/?catalogue=${encodeURIComponent(words)}`);
  const refused = page.getByRole('dialog', { name: 'The catalogue was not loaded' });
  await expect(refused).toContainText('Only https:// addresses can be loaded.');
  await expect(refused).not.toContainText(/licence|555/i);
  await expect(refused.locator('.cat-io-url')).toHaveCount(0);
});

test('Not now fetches nothing', async ({ page }) => {
  await page.goto('/');
  const url = teamUrl(page);
  let requests = 0;
  await page.route('**/team.json', (route) => {
    requests++;
    return route.abort();
  });
  await page.goto(`/?catalogue=${encodeURIComponent(url)}`);
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(requests).toBe(0);
  expect(new URL(page.url()).searchParams.has('catalogue')).toBe(false);
});
