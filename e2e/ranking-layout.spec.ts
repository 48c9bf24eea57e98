import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';

import { expect, test } from './fixtures';

const SETTINGS = [
  { lang: 'en', theme: 'light' },
  { lang: 'en', theme: 'dark' },
  { lang: 'zh', theme: 'light' },
  { lang: 'zh', theme: 'dark' },
] as const;

const WORDS = {
  en: { ranking: 'Ranked stacks', total: 'Total', fit: 'Fit', rank: 'Rank', stack: 'Stack' },
  zh: { ranking: '技术栈排名', total: '总分', fit: '匹配', rank: '排名', stack: '技术栈' },
} as const;

type Box = { left: number; right: number; top: number; bottom: number };

async function rect(locator: Locator): Promise<Box> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  });
}

/** The ranking's scroll box: its visible client area in the viewport, and how far it is scrolled. */
async function scrollBox(page: Page) {
  return page.locator('.ranking-scroll').evaluate((el) => {
    const r = el.getBoundingClientRect();
    const left = r.left + el.clientLeft;
    return { left, right: left + el.clientWidth, scrollLeft: el.scrollLeft };
  });
}

/** Serious or critical axe violations inside the ranking panel. */
async function rankingViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('.ranking-panel').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Fails unless `inner` lies horizontally inside `outer` (1 px for sub-pixel borders). */
function expectInside(
  inner: Pick<Box, 'left' | 'right'>,
  outer: { left: number; right: number },
  what: string,
) {
  expect(inner.left, `${what}: left edge`).toBeGreaterThanOrEqual(outer.left - 1);
  expect(inner.right, `${what}: right edge`).toBeLessThanOrEqual(outer.right + 1);
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
]) {
  test(`${size.width}×${size.height}: Total and Fit are in view without scrolling the table sideways`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    for (const { lang, theme } of SETTINGS) {
      const at = `${lang}/${theme}`;
      await page.goto(`/?lang=${lang}&theme=${theme}`);
      const w = WORDS[lang];
      const ranking = page.getByRole('region', { name: w.ranking });
      const firstRow = ranking.locator('tbody tr[data-stack-id]').first();
      await expect(firstRow).toBeVisible();
      await firstRow.scrollIntoViewIfNeeded();
      const viewport = { left: 0, right: size.width };
      const box = await scrollBox(page);
      expect(box.scrollLeft, `${at}: the table is not scrolled`).toBe(0);
      expectInside(box, viewport, `${at}: scroll box`);
      for (const name of [w.rank, w.stack, w.total, w.fit]) {
        const head = ranking.getByRole('columnheader', { name, exact: true });
        await expect(head, `${at}: ${name}`).toBeVisible();
        const headBox = await rect(head);
        expectInside(headBox, viewport, `${at}: ${name} header`);
        expectInside(headBox, box, `${at}: ${name} header in the scroll box`);
      }
      for (const cell of ['.col-total', '.col-fit']) {
        const cellBox = await rect(firstRow.locator(cell));
        expectInside(cellBox, viewport, `${at}: first row ${cell}`);
        expectInside(cellBox, box, `${at}: first row ${cell} in the scroll box`);
        expect(cellBox.bottom, `${at}: first row ${cell}`).toBeLessThanOrEqual(size.height);
      }
      // No header text is cut: each head is as wide as its content.
      const clipped = await ranking
        .locator('thead th')
        .evaluateAll((ths) =>
          ths.filter((th) => th.scrollWidth > th.clientWidth + 1).map((th) => th.textContent),
        );
      expect(clipped, `${at}: clipped headers`).toEqual([]);
    }
  });
}

test('390×844: cards with rank, stack, Total and Fit in view; no sideways scroll', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const { lang, theme } of SETTINGS) {
    const at = `${lang}/${theme}`;
    await page.goto(`/?lang=${lang}&theme=${theme}`);
    const w = WORDS[lang];
    const ranking = page.getByRole('region', { name: w.ranking });
    const firstRow = ranking.locator('tbody tr[data-stack-id]').first();
    await expect(firstRow).toBeVisible();
    await firstRow.scrollIntoViewIfNeeded();
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      table: document.querySelector('.ranking-scroll')!.scrollWidth,
      box: document.querySelector('.ranking-scroll')!.clientWidth,
    }));
    expect(widths.page, `${at}: page width`).toBeLessThanOrEqual(390);
    expect(widths.table, `${at}: table width`).toBeLessThanOrEqual(widths.box);
    const box = await scrollBox(page);
    for (const cell of ['.col-rank', '.col-stack', '.col-total', '.col-fit']) {
      const cellBox = await rect(firstRow.locator(cell));
      expectInside(cellBox, box, `${at}: first card ${cell}`);
    }
    // The column heads stay, as sort buttons, so sorting works on a phone too.
    await expect(ranking.getByRole('columnheader', { name: w.total, exact: true })).toBeVisible();
    // axe once per theme (the cards are the same boxes in either language).
    if (lang === 'zh') expect(await rankingViolations(page), at).toEqual([]);
  }
});

test('the Columns menu hides Maturity, and a reload keeps it hidden', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const ranking = page.getByRole('region', { name: 'Ranked stacks' });
  const maturity = ranking.getByRole('columnheader', { name: 'Maturity', exact: true });
  await expect(maturity).toBeVisible();
  const toggle = ranking.getByRole('button', { name: 'Columns' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const menu = ranking.getByRole('group', { name: 'Score columns to show' });
  await expect(menu.getByRole('checkbox')).toHaveCount(6);
  // Keyboard: the menu opens on its first box; Tab walks the boxes, Space toggles one.
  await expect(menu.getByRole('checkbox', { name: 'Resource' })).toBeFocused();
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
  const box = menu.getByRole('checkbox', { name: 'Maturity' });
  await expect(box).toBeFocused();
  await page.keyboard.press('Space');
  await expect(box).not.toBeChecked();
  expect(await rankingViolations(page)).toEqual([]);
  await expect(maturity).toHaveCount(0);
  await expect(ranking.locator('tbody .col-dim-maturity')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAccessibleName('Columns 1 hidden');

  await page.reload();
  await expect(ranking.locator('tbody tr[data-stack-id]').first()).toBeVisible();
  await expect(maturity).toHaveCount(0);
  await expect(ranking.getByRole('columnheader', { name: 'Cost', exact: true })).toBeVisible();
  await expect(ranking.getByRole('columnheader', { name: 'Total', exact: true })).toBeVisible();

  // Back in Chinese, the same choice; "show all" brings the column back.
  await page.goto('/?lang=zh');
  const zh = page.getByRole('region', { name: '技术栈排名' });
  await expect(zh.getByRole('columnheader', { name: '成熟度', exact: true })).toHaveCount(0);
  await zh.getByRole('button', { name: '显示列' }).click();
  await zh.getByRole('button', { name: '显示全部列' }).click();
  await expect(zh.getByRole('columnheader', { name: '成熟度', exact: true })).toBeVisible();
});

test('narrower than the table, the scores scroll under the pinned stack, Total and Fit', async ({
  page,
}) => {
  await page.setViewportSize({ width: 820, height: 900 });
  for (const theme of ['light', 'dark']) {
    await page.goto(`/?theme=${theme}`);
    const ranking = page.getByRole('region', { name: 'Ranked stacks' });
    const firstRow = ranking.locator('tbody tr[data-stack-id]').first();
    await firstRow.scrollIntoViewIfNeeded();
    const scroller = page.locator('.ranking-scroll');
    const overflow = await scroller.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow, `${theme}: the table is wider than its box`).toBeGreaterThan(0);
    for (const to of [overflow / 2, overflow]) {
      await scroller.evaluate((el, x) => (el.scrollLeft = x), to);
      const box = await scrollBox(page);
      expect(box.scrollLeft).toBeGreaterThan(0);
      for (const cell of ['.col-stack', '.col-total', '.col-fit']) {
        const target = firstRow.locator(cell);
        const cellBox = await rect(target);
        expectInside(cellBox, box, `${theme}: ${cell} at scrollLeft ${to}`);
        // Opaque and on top: the point in the middle of the cell hits the cell, not a score.
        const onTop = await target.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + 2);
          return hit !== null && el.contains(hit);
        });
        expect(onTop, `${theme}: ${cell} on top at scrollLeft ${to}`).toBe(true);
      }
    }
    await expect(scroller).toHaveAttribute('data-more-start', '');
  }
});
