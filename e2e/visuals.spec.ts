import { expect, test } from './fixtures';
import { applyScenario, setWeight } from './helpers';

test('the initial load does not fetch mermaid; the decision path does', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Compare stacks' })).toBeVisible();
  expect(requested.filter((u) => /mermaid|dagre|cytoscape|elk/i.test(u))).toEqual([]);
  await page.getByRole('button', { name: 'Decision path' }).click();
  await expect(page.locator('.diagram-svg svg')).toHaveCount(4);
  expect(requested.some((u) => /mermaid/i.test(u))).toBe(true);
});

test('the radar shows the compared stacks and follows a weight change', async ({ page }) => {
  await page.goto('/');
  await applyScenario(page, 'Edge computing');
  const legend = page.getByRole('list', { name: 'Compared stacks' });
  await expect(legend.getByRole('listitem')).toHaveCount(3);
  // the table marks the compared rows in the charts' colours
  const swatchOf = (i: number) =>
    page.locator('tbody tr[data-stack-id]').nth(i).locator('.compare-swatch');
  await expect(swatchOf(0)).toHaveAttribute('style', '--swatch: var(--series-1);');
  await expect(swatchOf(2)).toHaveAttribute('style', '--swatch: var(--series-3);');
  await expect(swatchOf(3)).not.toHaveAttribute('style', /.+/);
  await expect(legend.locator('.radar-legend-mark').first()).toHaveAttribute(
    'style',
    '--swatch: var(--series-1);',
  );
  const before = await legend.innerText();
  await setWeight(page, 'Cost', 5);
  await expect.poll(() => legend.innerText()).not.toBe(before);
  // Cost 5: the flannel stacks fill the top 3, so the labels name only their policies.
  await expect(legend.getByRole('listitem').first()).toContainText('OPA-Wasm');
  await expect(legend.getByRole('listitem').nth(1)).toContainText('Kyverno');

  await page
    .getByRole('checkbox', { name: 'Compare K3s + WasmEdge + crun + sqlite + Cilium + Kyverno' })
    .check();
  await expect(legend.getByRole('listitem')).toHaveCount(1);
  const radar = page.getByRole('region', { name: 'Compare stacks' });
  await radar.getByRole('button', { name: 'Show as table' }).click();
  const table = radar.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveCount(2);
  await expect(table.getByRole('rowheader', { name: 'Resource' })).toBeVisible();
});

test('the breakdown explains why #1 beats #2', async ({ page }) => {
  await page.goto('/');
  await applyScenario(page, 'Edge computing');
  const panel = page.getByRole('region', { name: 'Score breakdown' });
  await expect(panel.getByText(/#1 (leads|and #2)/)).toBeVisible();
});

test('a requirement change moves the highlighted path of the global tree', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Decision path' }).click();
  const tree = page.getByRole('region', { name: 'Decision trees (17.8)' });
  const path = tree.getByRole('list');
  await expect(path).toContainText('Level 2: orchestration: K3s (default)');
  await expect(tree.locator('.diagram-svg svg')).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Nodes' }).fill('2000');
  await expect(path).toContainText(
    'Level 2: orchestration: Kubernetes — because large scale (> 1000 nodes)',
  );
  await expect(
    tree.locator('.diagram-svg svg .taken').filter({ hasText: 'Kubernetes' }).first(),
  ).toBeVisible();
  await expect(tree.getByRole('note').filter({ hasText: 'The ranking’s #1' })).toBeVisible();
});

test('the decision flow loops through "adjust" when no stack satisfies the requirements', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Decision path' }).click();
  const flow = page.getByRole('region', { name: 'Decision flow (17.6.2)' });
  await expect(flow.getByRole('list')).toContainText('Does a scheme satisfy the needs? — yes');
  await page.getByRole('spinbutton', { name: 'Nodes' }).fill('3');
  await page.getByRole('checkbox', { name: 'Must run offline' }).check();
  await page.getByRole('checkbox', { name: 'High availability' }).check();
  await expect(flow.getByRole('list')).toContainText('Does a scheme satisfy the needs? — no');
  await expect(flow.locator('.diagram-svg svg .alert').first()).toBeVisible();
});
