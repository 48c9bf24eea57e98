import { readFile } from 'node:fs/promises';

import { expect, test } from './fixtures';
import { seriousViolations } from './helpers';

// A million stacks (?synthetic=10x6) ranked in the scoring worker: the page shows them, a
// drag re-ranks them, an extreme weight changes the #1, the table pages and sorts through
// the worker, and the page answers a click while the worker scores. The speed figures are the
// browser benchmark's (bench/browser/interaction.spec.ts), not asserted here.

test.describe.configure({ timeout: 120_000 });

const ROW = 'tbody tr[data-stack-id]';

test('?synthetic=10x6 ranks 1,000,000 stacks in a worker and re-ranks them live', async ({
  page,
}) => {
  await page.goto('/?synthetic=10x6');
  const ranking = page.getByRole('region', { name: 'Ranked stacks' });
  await expect(ranking.getByText('Ranked in a background worker: 1,000,000 stacks.')).toBeVisible({
    timeout: 30_000,
  });
  const status = ranking.getByRole('status');
  await expect(status).toContainText(/^Showing 50 of [\d,]+ stacks/);
  await expect(ranking.locator(ROW)).not.toHaveCount(0);
  // Invalid stacks in: every one of the 10⁶.
  await page.getByRole('checkbox', { name: 'Show invalid stacks' }).check();
  await expect(status).toContainText('Showing 50 of 1,000,000 stacks');
  await page.getByRole('checkbox', { name: 'Show invalid stacks' }).uncheck();
  await expect(status).not.toContainText('of 1,000,000 stacks');

  const top = () => ranking.locator(ROW).first();
  const totalOfTop = () => top().locator('.col-total').innerText();

  // A mouse drag on the Cost slider re-ranks: the #1's total follows the weight.
  const slider = page.getByRole('slider', { name: 'Cost' });
  const before = await totalOfTop();
  const box = (await slider.boundingBox())!;
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++)
    await page.mouse.move(box.x + 2 + ((box.width - 4) * i) / 20, box.y + box.height / 2);
  await page.mouse.up();
  await expect(slider).toHaveValue('5');
  await expect.poll(totalOfTop).not.toBe(before);

  // Cost alone: the #1 changes, and no row in view beats it on cost.
  const firstId = await top().getAttribute('data-stack-id');
  for (const name of ['Resource', 'Performance', 'Scale', 'Availability', 'Maturity']) {
    await page.getByRole('slider', { name }).focus();
    await page.keyboard.press('Home');
  }
  await page.getByRole('slider', { name: 'Cost' }).focus();
  await page.keyboard.press('End');
  await expect(ranking.locator('.ranking-scroll')).toHaveAttribute('aria-busy', 'false');
  await expect.poll(() => top().getAttribute('data-stack-id')).not.toBe(firstId);
  // The rows in view say how far they moved; the new #1 came up from below.
  await expect(top().locator('.move-up')).toHaveText(/^▲\d+up \d+$/);

  // The address keeps the catalogue and the weights: a reload shows the same #1.
  await expect(page).toHaveURL(/[?&]synthetic=10x6&/);
  const newTop = await top().getAttribute('data-stack-id');
  await page.reload();
  await expect(ranking.getByRole('status')).toContainText(/^Showing 50 of/, { timeout: 30_000 });
  await expect(page.getByRole('slider', { name: 'Cost' })).toHaveValue('5');
  await expect.poll(() => top().getAttribute('data-stack-id')).toBe(newTop);
  await expect(ranking.locator('.ranking-scroll')).toHaveAttribute('aria-busy', 'false');
  const costs = await ranking.locator(`${ROW} td.col-dim-cost`).allInnerTexts();
  const values = costs.map((t) => Number(t.replace(/\D+/g, '')));
  expect(values.length).toBeGreaterThan(10);
  expect(values[0]).toBe(Math.max(...values));
});

test('a worker-ranked table pages and sorts there while the page keeps answering', async ({
  page,
}) => {
  // When the theme changed and when the first ranking arrived, as the page saw them.
  await page.addInitScript(() => {
    const w = window as unknown as { __seen: Record<string, number> };
    w.__seen = {};
    // The document element does not exist yet: watch the document.
    new MutationObserver(() => {
      if (document.documentElement.dataset.theme === 'dark') w.__seen.theme ??= performance.now();
      if (document.querySelector('.ranking-count')?.textContent?.startsWith('Showing'))
        w.__seen.ranked ??= performance.now();
    }).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['data-theme'],
    });
  });
  // 6 options in 8 layers: 1,679,616 stacks, compiled in the worker for a second or more.
  await page.goto('/?synthetic=6x8');
  const ranking = page.getByRole('region', { name: 'Ranked stacks' });
  const status = ranking.getByRole('status');
  await expect(status).toHaveText('Ranking 1,679,616 stacks in the background…');
  // Meanwhile the page answers: the theme switch flips before the ranking arrives.
  await page.getByRole('switch', { name: 'Dark theme' }).click();
  await expect(page.getByRole('switch', { name: 'Dark theme' })).toBeChecked();
  await expect(status).toContainText(/^Showing 50 of/, { timeout: 60_000 });
  const seen = await page.evaluate(
    () => (window as unknown as { __seen: Record<string, number> }).__seen,
  );
  expect(seen.theme).toBeLessThan(seen.ranked!);
  expect(await seriousViolations(page, ['.ranking-panel'])).toEqual([]);

  // Sorting by a score column sorts all rows in the worker (the full order, computed now).
  await ranking.getByRole('button', { name: 'Performance', exact: true }).click();
  // Sorted by performance, best first: the first rows' performance never rises.
  await expect(ranking.getByRole('columnheader', { name: 'Performance' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(ranking.locator('.ranking-scroll')).toHaveAttribute('aria-busy', 'false');
  const perf = (await ranking.locator(`${ROW} td.col-dim-performance`).allInnerTexts()).map((t) =>
    Number(t.replace(/\D+/g, '')),
  );
  expect(perf.length).toBeGreaterThan(10);
  expect(perf).toEqual([...perf].sort((a, b) => b - a));

  // Show all, then scroll far down: the rows there arrive from the worker, numbered in order.
  await ranking.getByRole('button', { name: 'Performance', exact: true }).click();
  await ranking.getByRole('button', { name: 'Performance', exact: true }).click();
  await expect(ranking.getByRole('columnheader', { name: 'Performance' })).toHaveAttribute(
    'aria-sort',
    'none',
  );
  await ranking.getByRole('button', { name: /^Show all / }).click();
  // Shown a block of 100,000 rows at a time (a browser caps a scroller's height).
  await ranking.getByRole('button', { name: 'Next 100,000 rows' }).click();
  await ranking.getByRole('button', { name: 'Next 100,000 rows' }).click();
  await expect(ranking.getByText(/^Rows 200,001–300,000 of [\d,]+$/)).toBeVisible();
  const far = ranking.locator(`${ROW}[aria-rowindex="200002"]`);
  await expect(far).toBeVisible({ timeout: 20_000 });
  const rank = Number((await far.locator('.rank').innerText()).replace(/\D/g, ''));
  expect(rank).toBeLessThanOrEqual(200_001);
  expect(rank).toBeGreaterThan(190_000);
  // Scrolling within the block brings its later rows from the worker.
  await ranking.locator('.ranking-scroll').evaluate((el) => (el.scrollTop = 66 * 50_000));
  await expect(ranking.locator(`${ROW}[aria-rowindex="250002"]`)).toBeVisible({ timeout: 20_000 });
});

test('at a million stacks the drawer, the presenter and the exports speak of all of them', async ({
  page,
}) => {
  await page.goto('/?synthetic=10x6');
  const ranking = page.getByRole('region', { name: 'Ranked stacks' });
  await expect(ranking.getByRole('status')).toContainText(/^Showing 50 of 980,100 stacks/, {
    timeout: 30_000,
  });

  // A row far past the top opens its details (the page never lists the million stacks: doing
  // so throws, and any page error fails this test).
  await ranking.getByRole('button', { name: /^Show all / }).click();
  await ranking.getByRole('button', { name: 'Next 100,000 rows' }).click();
  const far = ranking.locator(`${ROW}[aria-rowindex="100002"]`);
  await expect(far).toBeVisible({ timeout: 20_000 });
  // The worker note, the block navigation and the paged rows: axe finds nothing serious.
  expect(await seriousViolations(page, ['.ranking-panel'])).toEqual([]);
  const rank = (await far.locator('.rank').innerText()).trim();
  await far.locator('.details-button').click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toContainText(`Rank ${rank} · Total`);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // The presenter's question slide counts every stack, not the rows at hand.
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const presenter = page.getByRole('dialog', { name: 'Presenter' });
  await expect(presenter).toContainText('980,100 valid stacks of 1,000,000 combinations');
  await page.keyboard.press('Escape');

  // A filtered CSV holds the table's rows: its first 100, every one with the chosen technology.
  await ranking.getByRole('combobox', { name: 'Orchestration' }).selectOption('orchestration-3');
  await expect(ranking.getByRole('status')).toContainText(/ [\d,]+ pass the filter/);
  await expect(ranking.locator('.ranking-scroll')).toHaveAttribute('aria-busy', 'false');
  await page.getByRole('button', { name: /^(Export|导出)$/ }).click();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ranking (CSV)' }).click(),
  ]);
  const lines = (await readFile(await csv.path(), 'utf8')).trim().split(/\r?\n/);
  expect(lines).toHaveLength(101);
  expect(lines.slice(1).every((line) => line.includes('Orchestration 3 +'))).toBe(true);

  // The decision record counts the whole ranking.
  await page.getByRole('button', { name: /^(Export|导出)$/ }).click();
  const [adr] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Decision record (Markdown)' }).click(),
  ]);
  expect(await readFile(await adr.path(), 'utf8')).toContain('980,100 stacks ranked:');
});
