import type { Locator, Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { rankedIds, rowOf, seriousViolations } from './helpers';

const K8S_WASM = 'kubernetes+wasmedge+crun+etcd+calico+opa-wasm';

/** Every scenario alternative of the seed as its row header reads: scenario, then alternative. */
const ROWS = [
  ['Seed defaults', '17.8.1 default branches'],
  ['Edge computing', 'Edge stack'],
  ['Serverless', 'Small: K3s'],
  ['Serverless', 'Large (> 1000 nodes): Kubernetes'],
  ['AI inference', 'Edge AI: K3s'],
  ['AI inference', 'Cloud AI: Kubernetes'],
  ['Large-scale production', 'Traditional cloud-native stack'],
  ['Hybrid', 'Central tier'],
  ['Hybrid', 'Edge tier'],
] as const;

const view = (page: Page) => page.getByRole('region', { name: /^(Seed conformance|种子一致性)$/ });
const table = (page: Page) => view(page).getByRole('table');

/** The table row whose header names the scenario and alternative. */
function rowFor(page: Page, scenario: string, alternative: string): Locator {
  return table(page)
    .getByRole('row')
    .filter({
      has: page.getByRole('rowheader', { name: `${scenario} ${alternative}`, exact: true }),
    });
}

const VERDICT = 'Verdict and rank of the seed’s stack';

/** A row's cell under the column header `column` (looked up by its text, not its position). */
async function cellOf(page: Page, row: Locator, column: string): Promise<Locator> {
  const headers = (await table(page).locator('thead th').allInnerTexts()).map((h) => h.trim());
  const index = headers.indexOf(column);
  expect(index, `column "${column}" in ${headers.join(' | ')}`).toBeGreaterThan(-1);
  return row.locator(':scope > th, :scope > td').nth(index);
}

async function openFromHeader(page: Page) {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Seed conformance' })
    .click();
  await expect(page.getByRole('heading', { name: 'Seed conformance', level: 2 })).toBeVisible();
}

test('the header opens the view: every scenario alternative, one row each, and the summary', async ({
  page,
}) => {
  await openFromHeader(page);
  await expect(page.getByRole('button', { name: 'Seed conformance' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(table(page).locator('tbody tr')).toHaveCount(ROWS.length);
  for (const [scenario, alternative] of ROWS) {
    await expect(rowFor(page, scenario, alternative)).toHaveCount(1);
  }
  await expect(table(page).locator('caption')).toContainText('within 0.5 points of #1');
  await expect(view(page).getByRole('status')).toHaveText(
    '6 of 9 agree with the book; 1 co-recommended; 2 differ',
  );
  // One uniquely named "Apply these inputs" button per row.
  const applies = view(page).getByRole('button', { name: /^Apply these inputs: / });
  await expect(applies).toHaveCount(ROWS.length);
  const names = await applies.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
  expect(new Set(names).size).toBe(ROWS.length);
});

test('17.4.2 edge agrees; 17.2.2 hybrid central differs and says why', async ({ page }) => {
  await openFromHeader(page);
  const edge = rowFor(page, 'Edge computing', 'Edge stack');
  await expect(await cellOf(page, edge, VERDICT)).toHaveText(/^● Agrees\s*#1$/);

  const central = rowFor(page, 'Hybrid', 'Central tier');
  // Exact ties share a rank number: the seed's Docker + runc stack ties with three others at #3.
  await expect(await cellOf(page, central, VERDICT)).toHaveText(
    /^○ Differs\s*#3\s*3\.6 points behind #1\s*4 stacks share this rank \(exact tie\) among stacks with OPA-Wasm/,
  );
  await expect(await cellOf(page, central, 'Reason for any difference')).toHaveText(
    /Runtime: WasmEdge \(seed: Docker\).*Resource \+1\.4, Performance \+1\.3, Cost \+0\.9\./,
  );

  // The seed's small serverless stack agrees only at one node: sqlite's range (17.3.3).
  await expect(
    await cellOf(page, rowFor(page, 'Serverless', 'Small: K3s'), 'Reason for any difference'),
  ).toContainText(
    'Across cluster sizes: agrees at 1 node; differs at 3–1,000 nodes (the seed’s stack: sqlite supports at most 1 node; 3 required).',
  );

  const large = rowFor(page, 'Large-scale production', 'Traditional cloud-native stack');
  await expect(await cellOf(page, large, VERDICT)).toHaveText(/^◐ Co-recommended\s*#1/);
  const leaders = (await cellOf(page, large, 'The app’s #1')).getByRole('listitem');
  await expect(leaders).toHaveText([
    'Kubernetes + containerd + runc + etcd + Calico + Gatekeeper',
    'Kubernetes + Docker + runc + etcd + Calico + Gatekeeper',
  ]);
});

test('the view has no serious accessibility violations, light or dark', async ({ page }) => {
  await openFromHeader(page);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('switch', { name: 'Dark theme' }).click();
  expect(await seriousViolations(page)).toEqual([]);
});

test('?view=conformance opens the view directly', async ({ page }) => {
  await page.goto('/?view=conformance');
  await expect(page.getByRole('heading', { name: 'Seed conformance', level: 2 })).toBeVisible();
  await expect(table(page).locator('tbody tr')).toHaveCount(ROWS.length);
});

test('"Apply these inputs" on large serverless opens the decision with 1001 nodes and the seed’s K8s stack at #1', async ({
  page,
}) => {
  await openFromHeader(page);
  await view(page)
    .getByRole('button', {
      name: 'Apply these inputs: Serverless — Large (> 1000 nodes): Kubernetes',
    })
    .click();
  await expect(page.getByRole('button', { name: 'Decision', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('spinbutton', { name: 'Nodes' })).toHaveValue('1001');
  // Focus follows to the recommendation the inputs produce, not to the page body.
  await expect(page.getByRole('heading', { name: 'Recommendation', level: 2 })).toBeFocused();
  expect(await rankedIds(page, 1)).toEqual([K8S_WASM]);
  await expect(
    rowOf(page, K8S_WASM).getByRole('button', {
      name: 'Details for Kubernetes + WasmEdge + crun + etcd + Calico + OPA-Wasm',
    }),
  ).toBeVisible();
});

test('in Chinese the view is 种子一致性', async ({ page }) => {
  await page.goto('/?view=conformance');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { name: '种子一致性', level: 2 })).toBeVisible();
  await expect(page.getByRole('button', { name: '种子一致性' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(view(page).getByRole('status')).toHaveText(
    '9 个中有 6 个与原书一致；1 个并列推荐；2 个不同',
  );
  await expect(
    view(page).getByRole('button', { name: '应用这些输入：混合架构 — 中心层' }),
  ).toBeVisible();
});
