import { expect, test } from './fixtures';

test('the cases table shows the 17.5.9 maturity and feature of 华为 MEC, "—" for cases it omits', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Catalogue', exact: true }).click();
  const cases = page.getByRole('region', { name: 'Table: Production cases' });
  const mec = cases.getByRole('row').filter({
    has: page.getByRole('rowheader', { name: 'Huawei MEC platform', exact: true }),
  });
  // the seed's ⭐⭐⭐⭐, in the ★ notation of the app's other star tables
  await expect(mec).toContainText('★★★★☆');
  await expect(mec).toContainText('4 of 5 stars');
  await expect(mec).toContainText('Large-scale edge deployment');
  await expect(mec).toContainText('17.5.9 row “华为 MEC”, core K3s + WasmEdge');
  await expect(mec.getByLabel(/^Seed §17\.5\.9 /)).toHaveCount(1);
  const iot = cases.getByRole('row').filter({
    has: page.getByRole('rowheader', { name: 'Industrial IoT data processing', exact: true }),
  });
  await expect(iot.getByText('not in 17.5.9')).toHaveCount(2);
  await expect(iot).not.toContainText('★');
});

test('the dimensions table quotes the 17.6.1 说明 column with an English gloss', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Catalogue', exact: true }).click();
  const dimensions = page.getByRole('region', { name: 'Table: Dimensions' });
  const note = dimensions.getByRole('columnheader').filter({ hasText: 'Seed note (说明)' });
  await expect(note.getByLabel(/^Seed §17\.6\.1 /)).toBeVisible();
  const resource = dimensions.getByRole('row').filter({
    has: page.getByRole('rowheader', { name: 'Resource', exact: true }),
  });
  await expect(resource).toContainText('资源受限场景权重高');
  await expect(resource).toContainText('weighted high in resource-constrained scenarios');
});

test('the 17.3.1 tree takes its "需要 Alpha API: Kubernetes" branch when Alpha APIs are needed', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Decision path', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Selection trees (17.3)' });
  const orchestration = panel.getByRole('list', { name: 'Orchestration (17.3.1)' });
  await expect(orchestration.getByRole('listitem')).toHaveCount(4);
  const alpha = orchestration.getByRole('listitem').filter({ hasText: 'Alpha APIs needed' });
  const byDefault = orchestration.getByRole('listitem').filter({ hasText: 'else' });
  await expect(byDefault).toHaveAttribute('aria-current', 'step');
  await expect(alpha).not.toHaveAttribute('aria-current', 'step');

  await page.getByRole('checkbox', { name: 'Needs Alpha APIs' }).check();
  await expect(alpha).toHaveAttribute('aria-current', 'step');
  await expect(alpha).toContainText('elif Alpha APIs needed: Kubernetes ✓ taken');
  await expect(byDefault).not.toHaveAttribute('aria-current', 'step');
  await expect(orchestration.locator('[aria-current="step"]')).toHaveCount(1);
});

test('a tree threshold the seed does not print carries a reading badge, not a citation', async ({
  page,
}) => {
  await page.goto('/?v=1&view=path');
  const panel = page.getByRole('region', { name: 'Selection trees (17.3)' });
  const runtime = panel.getByRole('list', { name: 'Runtime (17.3.2)' });
  const constrained = runtime
    .getByRole('listitem')
    .filter({ hasText: 'resource-constrained (< 560 MB per node)' });
  await expect(constrained).toContainText('Reading §17.3.2');
  await expect(constrained.getByLabel("App's reading of §17.3.2")).toBeVisible();
  await expect(constrained.getByLabel(/^Seed §/)).toHaveCount(0);
  const readings = panel.getByRole('group').filter({ hasText: 'Readings in this tree (4)' });
  await readings.getByText('Readings in this tree (4)').click();
  await expect(readings).toContainText('Docker + runc starts in 1–2 s (17.3.2)');
});

test('the catalogue shows the printed 17.7.3 compatibility matrix and 17.2.2 scheme comparison', async ({
  page,
}) => {
  await page.goto('/?v=1&view=catalogue&lang=zh');
  await page
    .getByRole('navigation', { name: '本页内容' })
    .getByRole('link', { name: '兼容性矩阵' })
    .click();
  const matrix = page.getByRole('region', { name: '表格：兼容性矩阵' });
  const k3sWasm = matrix.getByRole('row').filter({
    has: page.getByRole('rowheader', { name: 'K3s + WasmEdge', exact: true }),
  });
  const dockerImage = k3sWasm.getByRole('cell').nth(1);
  await expect(dockerImage).toHaveText('⚠️ 需转换');
  await expect(
    page
      .getByRole('region', { name: '兼容性矩阵', exact: true })
      .getByLabel(/^种子文档 §17\.7\.3 /),
  ).toHaveCount(1);

  const schemes = page.getByRole('region', { name: '表格：组合方案对比' });
  const ai = schemes.getByRole('row').filter({
    has: page.getByRole('rowheader', { name: '方案 5：AI 推理', exact: true }),
  });
  await expect(ai.getByRole('cell').nth(1)).toHaveText('WasmEdge + GPU Plugin');
  await expect(
    page
      .getByRole('region', { name: '组合方案对比', exact: true })
      .getByLabel(/^种子文档 §17\.2\.2 /),
  ).toHaveCount(1);
});
