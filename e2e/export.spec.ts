import { readFile } from 'node:fs/promises';

import type { Download, Page } from '@playwright/test';
import Papa from 'papaparse';

import { expect, test } from './fixtures';
import { applyScenario, rankedIds, seriousViolations } from './helpers';

const DATED = /-\d{4}-\d{2}-\d{2}\./;
const BOM = '\uFEFF';
const TOP = 'K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm';

/** Chooses an item of the header's Export menu and waits for the file it downloads. */
async function exportItem(page: Page, item: string | RegExp): Promise<Download> {
  await page.getByRole('button', { name: /^(Export|导出)$/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: item }).click(),
  ]);
  return download;
}

async function text(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8');
}

/** The ids and totals of the first n rows of the ranking table, as shown. */
async function visibleTable(page: Page, n: number): Promise<string[][]> {
  const ids = await rankedIds(page, n);
  const totals = await page
    .locator('tbody tr[data-stack-id] .total-value')
    .evaluateAll((els) => els.map((el) => el.textContent ?? ''));
  return ids.map((id, i) => [id, totals[i]!]);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await applyScenario(page, 'Edge computing');
});

test('the ranking CSV holds the visible rows, filtered and sorted like the table', async ({
  page,
}) => {
  const ranking = page.getByRole('region', { name: 'Ranked stacks' });
  await ranking.getByRole('combobox', { name: 'Network' }).selectOption('flannel');
  await ranking.getByRole('button', { name: 'Cost', exact: true }).click();
  await expect(ranking.locator('th.col-dim-cost')).toHaveAttribute('aria-sort', 'descending');
  const shown = await visibleTable(page, 10);
  expect(shown[0]![0]).toContain('+flannel+');

  const download = await exportItem(page, 'Ranking (CSV)');
  expect(download.suggestedFilename()).toMatch(/^ranking-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await text(download);
  expect(csv.startsWith(BOM)).toBe(true);
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data;
  expect(header).toEqual([
    'Rank',
    'Stack id',
    'Stack',
    'Total',
    'Resource',
    'Performance',
    'Scale',
    'Availability',
    'Cost',
    'Maturity',
    'Fit',
    'Compatibility',
    'Reasons',
  ]);
  expect(rows.every((row) => row[1]!.includes('+flannel+'))).toBe(true);
  expect(rows.slice(0, 10).map((row) => [row[1], row[3]])).toEqual(shown);
});

test('the CSV in Chinese keeps its characters behind the BOM', async ({ page }) => {
  await page.getByRole('button', { name: '中文' }).click();
  const csv = await text(await exportItem(page, '排名（CSV）'));
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.data[0]!.slice(0, 4)).toEqual(['排名', '技术栈 id', '技术栈', '总分']);
  expect(parsed.data[1]!.slice(0, 4)).toEqual([
    '1',
    'k3s+wasmedge+crun+sqlite+flannel+opa-wasm',
    TOP,
    '70.1',
  ]);
  expect(parsed.data[1]![10]).toBe('匹配');
});

test('the decision record names the top stack and embeds the share link', async ({ page }) => {
  const download = await exportItem(page, 'Decision record (Markdown)');
  expect(download.suggestedFilename()).toMatch(/^decision-record-\d{4}-\d{2}-\d{2}\.md$/);
  const lines = (await text(download)).split('\n');
  expect(lines[0]).toBe(`# ADR: ${TOP}`);
  expect(lines).toContain('- Status: Proposed');
  expect(lines).toContain(
    'Scenario: **Edge computing** — Edge nodes, IoT, 5G MEC: constrained, low-latency, offline.',
  );
  expect(lines).toContain('```mermaid');
  expect(lines.some((line) => line.includes('?v=1'))).toBe(true);
  // How sure are we: computed for the export even when the view was never opened.
  for (const heading of [
    '## How sure are we',
    '### Do the methods agree?',
    '### Stability of the #1',
    '### Where the recommendation flips',
    '### Efficient set',
  ])
    expect(lines).toContain(heading);
});

test('the state JSON parses and carries the weights', async ({ page }) => {
  const download = await exportItem(page, 'State (JSON)');
  expect(download.suggestedFilename()).toMatch(/^stack-decision-\d{4}-\d{2}-\d{2}\.json$/);
  const state = JSON.parse(await text(download));
  expect(state).toMatchObject({
    app: 'stack-decision-matrix',
    version: '0.1.0',
    inputs: {
      weights: { resource: 4, performance: 3, scale: 2, availability: 2, cost: 2, maturity: 1 },
      scenarioId: 'edge',
      language: 'en',
    },
  });
  expect(Date.parse(state.exportedAt)).not.toBeNaN();
});

test('the radar downloads as SVG and as PNG', async ({ page }) => {
  const radar = page.getByRole('region', { name: 'Compare stacks' });
  await expect(radar.locator('svg.recharts-surface')).toBeVisible();
  // The scenario re-ranks in a deferred render: download the figure once it shows the edge #1.
  await expect(radar.locator('.radar-legend-item').first()).toHaveAttribute('title', TOP);
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    radar.getByRole('button', { name: 'Compare stacks: download as SVG' }).click(),
  ]);
  expect(svg.suggestedFilename()).toMatch(/^radar-\d{4}-\d{2}-\d{2}\.svg$/);
  const markup = await text(svg);
  expect(markup.startsWith('<svg')).toBe(true);
  expect(markup).toContain(`#1 ${TOP}`);
  expect(markup).not.toContain('var(--');

  const [png] = await Promise.all([
    page.waitForEvent('download'),
    radar.getByRole('button', { name: 'Compare stacks: download as PNG' }).click(),
  ]);
  expect(png.suggestedFilename()).toMatch(DATED);
  const bytes = await readFile(await png.path());
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
});

test('a mermaid diagram downloads as PNG too (its labels are HTML)', async ({ page }) => {
  await page.getByRole('button', { name: 'Decision path', exact: true }).click();
  const flow = page.getByRole('region', { name: 'Decision flow (17.6.2)' });
  await expect(flow.locator('.diagram-svg svg')).toBeVisible();
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    flow.getByRole('button', { name: /download as PNG/ }).click(),
  ]);
  expect(png.suggestedFilename()).toMatch(/^decision-flow-\d{4}-\d{2}-\d{2}\.png$/);
  const bytes = await readFile(await png.path());
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
});

test('the menu works from the keyboard and closes with Escape', async ({ page }) => {
  const toggle = page.getByRole('button', { name: 'Export', exact: true });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('button', { name: 'Decision record (Markdown)' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: 'Ranking (CSV)' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('button', { name: 'Print / PDF' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: 'Decision record (Markdown)' })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('button', { name: 'Ranking (CSV)' })).toBeHidden();
  await expect(toggle).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Decision record (Markdown)' })).toBeFocused();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  expect(download.suggestedFilename()).toMatch(/^decision-record-/);
});

test('Print / PDF calls the browser’s print', async ({ page }) => {
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('button', { name: 'Print / PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test('the print stylesheet hides the tools and keeps the recommendation', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.header-tools')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Language' })).toBeHidden();
  await expect(page.getByRole('slider', { name: 'Resource', exact: true })).toBeHidden();
  const recommendation = page.getByRole('region', { name: 'Recommendation' });
  await expect(recommendation).toBeVisible();
  await expect(recommendation.getByText('70.1')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ranked stacks' })).toBeVisible();
  const colours = await page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return [style.color, style.backgroundColor];
  });
  expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
});
