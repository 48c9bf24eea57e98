import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { applyScenario } from './helpers';

const CONTAINERD = 'Kubernetes + containerd + runc + etcd + Calico + Gatekeeper';
const DOCKER = 'Kubernetes + Docker + runc + etcd + Calico + Gatekeeper';

/** The recommendation panel. */
const recommendation = (page: Page) => page.getByRole('region', { name: 'Recommendation' });

/** The "seed's stack" box of a recommendation card. */
const seedBox = (scope: ReturnType<Page['locator']>) =>
  scope.getByRole('region', { name: 'The seed’s stack' });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('large-scale: the containerd and Docker stacks are co-recommended and said to tie', async ({
  page,
}) => {
  await applyScenario(page, 'Large-scale production');
  const panel = recommendation(page);
  await expect(
    panel.getByRole('heading', { name: 'Co-recommended for Large-scale production' }),
  ).toBeVisible();
  const co = panel.getByRole('region', { name: '2 stacks within 0.5 points: co-recommended' });
  const stacks = co.getByRole('list', { name: 'Co-recommended stacks' }).getByRole('listitem');
  await expect(stacks).toHaveCount(2);
  await expect(stacks.nth(0)).toContainText(`#1 ${CONTAINERD} 69.1`);
  await expect(stacks.nth(1)).toContainText(`#1 ${DOCKER} 69.1`);
  await expect(co).toContainText(
    'They tie: the same score on every dimension, so the seed’s facts cannot separate them.',
  );
  await expect(co).toContainText('Where they differ: Runtime (containerd / Docker)');
  await expect(panel.getByText('Within 0.5 points: co-recommended', { exact: true })).toBeVisible();
  // Each co-recommended stack can be explained; neither is presented as the winner by id.
  await expect(co.getByRole('button', { name: `Explain ${DOCKER}` })).toBeVisible();
  await expect(panel).not.toContainText(/\bby id\b|order by id/);
  await expect(seedBox(panel)).toContainText(
    `The seed’s stack for Large-scale production, Traditional cloud-native stack is co-recommended (#1): ${DOCKER}.`,
  );
});

test('hybrid: the central tier card says it differs from the seed’s stack and names its rank', async ({
  page,
}) => {
  await applyScenario(page, 'Hybrid');
  const central = recommendation(page).getByRole('article', {
    name: 'Central tier — Large-scale production',
  });
  const seed = seedBox(central);
  await expect(seed).toContainText('#1 is not the seed’s stack for Hybrid, Central tier.');
  await expect(seed).toContainText(
    'Seed: K8s (central) + Docker (central) + etcd (central) + Calico (central) + OPA-Wasm (unified)',
  );
  await expect(seed).toContainText(
    'The seed’s stack ranks #3 of 60 (a rank shared by 4 stacks), 3.6 points behind #1.',
  );
  await expect(seed).toContainText('Resource +1.4, Performance +1.3, Cost +0.9');
  await expect(seed.getByLabel(/^Seed §17\.2\.2 /)).toBeVisible();
  const edge = recommendation(page).getByRole('article', { name: 'Edge tier — Edge computing' });
  await expect(seedBox(edge)).toContainText('#1 is the seed’s stack for Hybrid, Edge tier.');
  await expect(recommendation(page)).toContainText(
    'One policy layer for both tiers, as the seed says',
  );
});

test('edge: the recommendation says #1 is the seed’s stack', async ({ page }) => {
  await applyScenario(page, 'Edge computing');
  const panel = recommendation(page);
  await expect(panel.getByRole('heading', { name: 'Best stack for Edge computing' })).toBeVisible();
  await expect(seedBox(panel)).toContainText(
    '#1 is the seed’s stack for Edge computing, Edge stack.',
  );
  await expect(seedBox(panel)).toContainText(
    'Seed: K3s + WasmEdge + crun + sqlite (default) or embedded etcd + flannel (built in) + OPA-Wasm',
  );
  await expect(seedBox(panel).getByLabel(/^Seed §17\.4\.2 /)).toBeVisible();
  await expect(panel.getByRole('region', { name: /co-recommended/ })).toHaveCount(0);
});
