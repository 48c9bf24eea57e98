import type { Locator, Page } from '@playwright/test';

import { test, expect } from './fixtures';
import { seriousViolations } from './helpers';

// Issue 11, sensitivity: the #1's stability interval as a band on each weight slider, moving
// when another weight moves; the panel's nearest reversal, interval table and sweep chart.

const ETCD = 'K3s + WasmEdge + crun + etcd + Calico + OPA-Wasm';
const SQLITE = 'K3s + WasmEdge + crun + sqlite + Calico + OPA-Wasm';
const DIMENSIONS = ['Resource', 'Performance', 'Scale', 'Availability', 'Cost', 'Maturity'];

/** The band on a weight slider: [data-low, data-high]. */
async function bandOf(page: Page, dimension: string): Promise<string[]> {
  const band = page
    .locator('.weight-row')
    .filter({ has: page.getByRole('slider', { name: dimension, exact: true }) })
    .locator('.weight-band');
  return [(await band.getAttribute('data-low'))!, (await band.getAttribute('data-high'))!];
}

/** Each row of the interval table: [weight, low, high]. */
async function intervalRows(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [0, 2, 3].map((i) => r.children[i]!.textContent ?? '')));
}

test.describe('sensitivity', () => {
  test('the bands on the sliders are the interval table’s and move with another weight', async ({
    page,
  }) => {
    await page.goto('/?view=confidence');
    const panel = page.getByRole('region', { name: 'How stable is the #1?' });
    await expect(
      panel.getByText(`Below 1.86 for Scale (share 15 %), ${SQLITE} replaces ${ETCD} at #1.`),
    ).toBeVisible();
    const table = panel.getByRole('table', {
      name: 'Each weight’s interval where the current #1 stays #1, and who takes over',
    });
    const check = async () => {
      const rows = await intervalRows(table);
      expect(rows.map((r) => r[0])).toEqual(DIMENSIONS);
      for (const [name, low, high] of rows) expect(await bandOf(page, name!)).toEqual([low, high]);
      return rows;
    };
    const before = await check();
    expect(before[2]).toEqual(['Scale', '1.87', '4.62']);
    await expect(
      page.getByRole('slider', { name: 'Scale', exact: true }),
    ).toHaveAccessibleDescription(/#1 stays #1 from 1\.87 to 4\.62$/);

    await page.getByRole('slider', { name: 'Cost', exact: true }).fill('5');
    await expect(page.locator('.weight-row .weight-band').nth(2)).toHaveAttribute(
      'data-high',
      '3.1',
    );
    const after = await check();
    expect(after[2]).toEqual(['Scale', '0', '3.1']);
    expect(after[0]).not.toEqual(before[0]);

    // The sweep follows the nearest reversal's weight; its table twin has the half steps.
    const select = panel.getByRole('combobox', { name: 'Weight to sweep' });
    await select.selectOption({ label: 'Scale' });
    await expect(
      panel.getByRole('img', {
        name: /^Scores of the top 5 stacks(, and of \d+ stacks? that takes? #1 past an end,)? as Scale/,
      }),
    ).toBeVisible();
    // The top 5, and any stack that takes #1 past an end of Scale's interval: one row each.
    const lines = await panel.locator('.sweep-chart .recharts-line').count();
    expect(lines).toBeGreaterThanOrEqual(5);
    await panel.getByRole('button', { name: 'Show as table' }).click();
    const scores = panel.getByRole('table', {
      name: 'Scores of the top 5 at each half step of Scale (0–100)',
    });
    await expect(scores.locator('thead th')).toHaveText([
      'Stack',
      ...'0 0.5 1 1.5 2 2.5 3 3.5 4 4.5 5'.split(' '),
    ]);
    await expect(scores.locator('tbody tr')).toHaveCount(lines);

    // A weight in hundredths (AHP, a review) puts the thumb at it; the keys move by half steps.
    await page.goto('/?v=1&w=3.21,3,2,2,2,1&view=confidence');
    const resource = page.getByRole('slider', { name: 'Resource', exact: true });
    await expect(resource).toHaveValue('3.21');
    await resource.press('ArrowRight');
    await expect(resource).toHaveValue('3.5');
    await resource.press('ArrowLeft');
    await expect(resource).toHaveValue('3');

    await page.goto('/?view=confidence&lang=zh');
    const zh = page.getByRole('region', { name: '第 1 名有多稳？' });
    await expect(
      zh.getByText(`规模低于 1.86（占比 15%）时，${SQLITE} 取代 ${ETCD} 成为第 1。`),
    ).toBeVisible();
    await expect(zh.getByRole('combobox', { name: '扫描的权重' })).toHaveValue('scale');
    await expect(
      page.getByRole('slider', { name: '规模', exact: true }),
    ).toHaveAccessibleDescription(/在 1\.87 至 4\.62 之间第 1 名不变$/);
  });

  // The whole view, chart mode, is axe-checked in both themes and languages by accessibility.spec.
  test('the panel is axe clean as tables too, light and dark', async ({ page }) => {
    for (const theme of ['light', 'dark']) {
      await page.goto(`/?view=confidence&theme=${theme}`);
      const panel = page.getByRole('region', { name: 'How stable is the #1?' });
      // The top 5 and Kubernetes, which takes #1 above Scale 4.62.
      await expect(panel.locator('.sweep-chart .recharts-line')).toHaveCount(6);
      await expect(page.locator('.weight-band')).toHaveCount(6);
      await panel.getByRole('button', { name: 'Show as table' }).click();
      expect(await seriousViolations(page, ['.sensitivity-panel']), theme).toEqual([]);
    }
  });
});
