import { readFile } from 'node:fs/promises';

import { test, expect } from './fixtures';
import { applyScenario, rankedIds } from './helpers';

// "How sure are we?" (issue 11): the aggregation methods, stability bands on the sliders, the
// decision map, AHP weights and a group review, driven as a user would, by role and name.

const SUM_TOP = 'kubernetes+containerd+runc+etcd+calico+gatekeeper';
const TOPSIS_TOP = 'kubernetes+wasmedge+crun+etcd+calico+opa-wasm';

test.describe('how sure are we', () => {
  test('switching the aggregation method re-ranks, travels in the link and survives a reload', async ({
    page,
  }) => {
    await page.goto('/');
    await applyScenario(page, 'Large-scale production');
    expect((await rankedIds(page, 1))[0]).toBe(SUM_TOP);
    const method = page.getByRole('combobox', { name: 'Aggregation' });
    await expect(method).toHaveValue('weightedSum');
    await method.selectOption({ label: 'TOPSIS' });
    expect((await rankedIds(page, 1))[0]).toBe(TOPSIS_TOP);
    await expect(
      page.getByText(/^Ranked by TOPSIS: the score column shows its score/),
    ).toBeVisible();
    await expect(page).toHaveURL(/[?&]agg=topsis(&|$)/);
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Aggregation' })).toHaveValue('topsis');
    expect((await rankedIds(page, 1))[0]).toBe(TOPSIS_TOP);
    await page
      .getByRole('combobox', { name: 'Aggregation' })
      .selectOption({ label: 'Weighted product' });
    expect((await rankedIds(page, 1))[0]).toBe(TOPSIS_TOP);
    await page
      .getByRole('combobox', { name: 'Aggregation' })
      .selectOption({ label: 'Weighted sum' });
    expect((await rankedIds(page, 1))[0]).toBe(SUM_TOP);
    await expect(page).not.toHaveURL(/agg=/);
  });

  test('the decision map of the seed has two regions and its boundary at 1,000 nodes', async ({
    page,
  }) => {
    await page.goto('/?view=confidence');
    const map = page.getByRole('region', { name: 'Where does the recommendation flip?' });
    // 17.3.1: "Kubernetes 支持 > 1000 节点，K3s 支持 ≤ 1000 节点".
    await expect(map.getByText('above 1,000 nodes: Kubernetes').first()).toBeVisible();
    await map.getByRole('button', { name: 'Show as tables' }).click();
    const regions = map.getByRole('table', { name: 'Regions of the map and their #1 stack' });
    const tops = await regions
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td, th')[2]?.textContent ?? ''));
    expect(new Set(tops).size).toBeGreaterThanOrEqual(2);
    const strip = map.getByRole('table', { name: 'Stretches of the strip and their #1 stack' });
    const stretches = await strip
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll('td, th')].slice(0, 3).map((c) => c.textContent)),
      );
    expect(stretches).toEqual([
      ['1', '1,000', 'K3s + WasmEdge + crun + etcd + Calico + OPA-Wasm'],
      ['1,001', '100,000', 'Kubernetes + WasmEdge + crun + etcd + Calico + OPA-Wasm'],
    ]);
  });

  test('applying AHP judgements sets the sliders and the judgements travel in the link', async ({
    page,
  }) => {
    await page.goto('/?view=confidence');
    const ahp = page.getByRole('region', { name: 'Pairwise weights (AHP)' });
    // Cost moderately more important than every other dimension, the rest equal: consistent.
    for (const other of ['Resource', 'Performance', 'Scale', 'Availability'])
      await ahp
        .getByRole('combobox', { name: `${other} vs Cost` })
        .selectOption({ label: 'Cost moderately more important (1/3)' });
    await ahp
      .getByRole('combobox', { name: 'Cost vs Maturity' })
      .selectOption({ label: 'Cost moderately more important (3)' });
    await expect(ahp.getByText('Consistent enough: CR 0.000 ≤ 0.10.')).toBeVisible();
    await ahp.getByRole('button', { name: 'Apply to weights' }).click();
    // Priorities 3/8 for cost and 1/8 for the others: cost at 5, the others at 5/3.
    await expect(page).toHaveURL(/[?&]w=1\.67,1\.67,1\.67,1\.67,5,1\.67(&|$)/);
    await expect(page).toHaveURL(/[?&]ahp=111c111c11c1c13(&|$)/);
    await expect(page.getByRole('slider', { name: 'Cost', exact: true })).toHaveAttribute(
      'aria-valuetext',
      /^5, /,
    );
    await expect(page.getByRole('slider', { name: 'Maturity', exact: true })).toHaveAttribute(
      'aria-valuetext',
      /^1\.7, /,
    );
    // The judgements come back with the link.
    await page.reload();
    await expect(
      page
        .getByRole('region', { name: 'Pairwise weights (AHP)' })
        .getByRole('combobox', { name: 'Cost vs Maturity' }),
    ).toHaveValue('3');
  });

  test('merging two reviewers’ links shows the combined weights and each reviewer’s #1', async ({
    page,
  }) => {
    // Each reviewer's #1 as the app ranks their link when it is opened.
    const links = ['/?v=1&w=5,1,1,1,1,1', '/?v=1&w=1,1,1,1,5,1&n=5000'];
    const tops: string[] = [];
    for (const link of links) {
      await page.goto(link);
      const first = page
        .getByRole('region', { name: 'Ranked stacks' })
        .locator('tbody tr[data-stack-id]')
        .first();
      await expect(
        page.getByRole('region', { name: 'Ranked stacks' }).locator('.ranking-scroll'),
      ).toHaveAttribute('aria-busy', 'false');
      tops.push((await first.locator('th').first().innerText()).split('\n')[0]!.trim());
    }
    expect(tops[0]).not.toBe(tops[1]);
    await page.goto('/?view=confidence');
    const review = page.getByRole('region', { name: 'Group review' });
    const origin = new URL(page.url()).origin;
    await review
      .getByRole('textbox', { name: 'Reviewers’ share links, one per line' })
      .fill(links.map((l) => origin + l).join('\n'));
    const byReviewer = review.getByRole('table', { name: 'Each reviewer’s #1' });
    await expect(byReviewer.locator('tbody tr')).toHaveCount(2);
    await expect(byReviewer.locator('tbody tr').nth(0)).toContainText(tops[0]!);
    await expect(byReviewer.locator('tbody tr').nth(1)).toContainText(tops[1]!);
    // Geometric mean of the shares (0.5, 0.1 …) and (0.1 … 0.5 for cost): resource and cost
    // √0.05 each, the rest 0.1, renormalised; as sliders the largest is 5, the rest 5·0.1/√0.05.
    const combined = review.getByRole('table', { name: 'Combined weights' });
    await expect(combined.getByRole('row', { name: /^Resource/ })).toContainText('26.4%');
    await expect(combined.getByRole('row', { name: /^Scale/ })).toContainText('11.8%');
    await review.getByRole('button', { name: 'Apply combined weights' }).click();
    await expect(page).toHaveURL(/[?&]w=5,2\.24,2\.24,2\.24,5,2\.24(&|$)/);
  });

  test('dominated stacks are flagged and can be hidden; the efficient set is counted', async ({
    page,
  }) => {
    await page.goto('/');
    const ranking = page.getByRole('region', { name: 'Ranked stacks' });
    const status = ranking.getByRole('status').first();
    const count = ranking.getByText(/not dominated \(the efficient set\)$/);
    const [, efficient, considered] = /^(\d+) of (\d+) not dominated/.exec(
      await count.innerText(),
    )!;
    await ranking.getByRole('button', { name: /^Show all/ }).click();
    // The table renders the rows in view: some of them are dominated, and say by which stack.
    const flags = ranking.locator('tbody tr .dominated-flag');
    expect(await flags.count()).toBeGreaterThan(0);
    await expect(flags.first()).toContainText(
      /^dominated: Dominated by .+: no better on any dimension, worse on at least one$/,
    );
    await ranking.getByRole('checkbox', { name: 'Hide dominated stacks' }).check();
    await expect(status).toContainText(
      `Showing ${efficient} of ${considered} stacks · ${efficient} pass the filter`,
    );
    await expect(flags).toHaveCount(0);
    await expect(page).toHaveURL(/[?&]dom=1(&|$)/);
    // The ranking CSV holds what the table lists: the efficient stacks only.
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ranking (CSV)' }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.trim().split('\n').length - 1).toBe(Number(efficient));
  });
});
