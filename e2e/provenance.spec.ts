import type { Locator, Page } from '@playwright/test';

import { expect, test } from './fixtures';

/** One fact of a technology card in the Catalogue view, by the card and the fact's label. */
function factOf(page: Page, technology: string, label: string): Locator {
  return page
    .getByRole('article', { name: technology, exact: true })
    .locator('.cat-fact')
    .filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }) });
}

test('etcd’s offline fact carries a reading badge, its high availability a citation', async ({
  page,
}) => {
  await page.goto('/?v=1&view=catalogue&lang=en');

  const offline = factOf(page, 'etcd', 'Offline operation');
  const reading = offline.getByLabel("App's reading of §17.6.3", { exact: true });
  await expect(reading).toBeVisible();
  await expect(reading).toHaveText('Reading §17.6.3');
  await expect(reading).toHaveClass(/\breading-ref\b/);
  await expect(reading).toHaveCSS('border-top-style', 'dashed');
  await expect(offline.getByLabel(/^Seed §/)).toHaveCount(0);

  const ha = factOf(page, 'etcd', 'High availability');
  const citation = ha.getByLabel(/^Seed §17\.3\.3 /);
  await expect(citation).toBeVisible();
  await expect(citation).toHaveText('§17.3.3');
  await expect(citation).not.toHaveClass(/\breading-ref\b/);
  await expect(citation).not.toHaveCSS('border-top-style', 'dashed');
  await expect(ha.getByLabel(/^App's reading/)).toHaveCount(0);
});

test('the WasmEdge + runc rule in the compatibility table carries a reading badge', async ({
  page,
}) => {
  await page.goto('/?v=1&view=catalogue&lang=en');
  const rules = page.getByRole('region', { name: 'Table: Compatibility rules' });
  const wasmOnRunc = rules
    .getByRole('row')
    .filter({ hasText: 'WasmEdge runs through crun ("WasmEdge + crun", crun RuntimeClass)' });
  await expect(wasmOnRunc).toHaveCount(1);
  await expect(wasmOnRunc.getByLabel("App's reading of §17.7.2", { exact: true })).toHaveText(
    'Reading §17.7.2',
  );
  await expect(wasmOnRunc.getByLabel(/^Seed §/)).toHaveCount(0);

  const sqliteSingle = rules
    .getByRole('row')
    .filter({ hasText: 'sqlite supports a single node and is a single point of failure' });
  await expect(sqliteSingle.getByLabel(/^Seed §17\.3\.3 /)).toHaveText('§17.3.3');
});

test('in Chinese the reading badge reads 解读 §17.6.3', async ({ page }) => {
  await page.goto('/?v=1&view=catalogue&lang=zh');
  const offline = factOf(page, 'etcd', '离线能力');
  const reading = offline.getByLabel('本应用对 §17.6.3 的解读', { exact: true });
  await expect(reading).toBeVisible();
  await expect(reading).toHaveText('解读 §17.6.3');
  const ha = factOf(page, 'etcd', '高可用');
  await expect(ha.getByLabel(/^种子文档 §17\.3\.3 /)).toHaveText('§17.3.3');
});
