import { expect, test } from './fixtures';
import { applyScenario, rankedIds, rowOf, setWeight } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('the edge preset puts the seed’s K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm first (17.4.2, 17.8.2)', async ({
  page,
}) => {
  await applyScenario(page, 'Edge computing');
  const [first] = await rankedIds(page, 1);
  expect(first).toBe('k3s+wasmedge+crun+sqlite+flannel+opa-wasm');
  const recommendation = page.getByRole('region', { name: 'Recommendation' });
  await expect(recommendation.getByText('K3s', { exact: true })).toBeVisible();
  await expect(recommendation.getByText('WasmEdge', { exact: true })).toBeVisible();
  await expect(recommendation.getByText('sqlite', { exact: true })).toBeVisible();
});

test('the large-scale preset puts the seed’s Kubernetes + Docker/containerd + runc + etcd + Calico + Gatekeeper first, tied', async ({
  page,
}) => {
  await applyScenario(page, 'Large-scale production');
  expect(await rankedIds(page, 2)).toEqual([
    'kubernetes+containerd+runc+etcd+calico+gatekeeper',
    'kubernetes+docker+runc+etcd+calico+gatekeeper',
  ]);
});

test('dragging a weight slider re-ranks the table and shows the moves', async ({ page }) => {
  await applyScenario(page, 'Edge computing');
  const before = await rankedIds(page, 10);
  await setWeight(page, 'Maturity', 3);
  await expect(page.getByRole('slider', { name: 'Maturity', exact: true })).toHaveValue('3');
  const after = await rankedIds(page, 10);
  expect(after).not.toEqual(before);
  // Kyverno (⭐⭐⭐⭐) is more mature than OPA-Wasm (⭐⭐⭐): its stack climbs from #3 to #2.
  expect(after.slice(0, 2)).toEqual([
    'k3s+wasmedge+crun+sqlite+flannel+opa-wasm',
    'k3s+wasmedge+crun+sqlite+flannel+kyverno',
  ]);
  await expect(rowOf(page, after[1]!).getByText(/▲\s*1/)).toBeVisible();
});

test('a requirement that rules out sqlite marks those stacks with the reason', async ({ page }) => {
  await page.getByRole('spinbutton', { name: 'Nodes' }).fill('3');
  await page.getByRole('combobox', { name: 'Storage' }).selectOption('sqlite');
  const ids = await rankedIds(page, 5);
  expect(ids.every((id) => id.includes('+sqlite+'))).toBe(true);
  const row = rowOf(page, ids[0]!);
  const fit = row.getByRole('button', { name: 'Requirement fit: Mismatch' });
  await fit.focus();
  await expect(page.getByRole('tooltip')).toContainText(
    'sqlite supports at most 1 node; 3 required',
  );
  await expect(
    page.getByRole('region', { name: 'Ranked stacks' }).getByRole('status'),
  ).toContainText('0 match');
});

test('a stack’s details open in a dialog and close with Escape', async ({ page }) => {
  await applyScenario(page, 'Edge computing');
  await page
    .getByRole('button', { name: 'Details for K3s + WasmEdge + crun + sqlite + Calico + OPA-Wasm' })
    .click();
  const dialog = page.getByRole('dialog', {
    name: /K3s \+ WasmEdge \+ crun \+ sqlite \+ Calico \+ OPA-Wasm/,
  });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('6–10 ms').first()).toBeVisible();
  await expect(dialog.getByText('§17.3.2').first()).toBeVisible();
  await expect(dialog.getByText('Serverless function service')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the language switches the interface and the catalogue texts', async ({ page }) => {
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { name: '技术栈排名' })).toBeVisible();
  await expect(page.getByRole('slider', { name: '资源', exact: true })).toBeVisible();
  await page.getByRole('button', { name: '技术目录' }).click();
  await expect(
    page.getByText(
      '轻量 Kubernetes 发行版（Rancher/SUSE），单二进制、内置 flannel，适合边缘与 IoT。',
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'EN' }).click();
  await expect(
    page.getByText(
      'Lightweight Kubernetes (Rancher/SUSE): single binary with built-in flannel, for edge and IoT.',
    ),
  ).toBeVisible();
});
