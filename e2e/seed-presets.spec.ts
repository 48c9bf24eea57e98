import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { applyScenario, rankedIds } from './helpers';

// Chapter 17's own recommendation for each scenario and alternative (17.4, 17.8.2), applied
// as a new user would: the preset's button, then the alternative's button.
const K3S_SIDE = 'k3s+wasmedge+crun+sqlite+flannel+opa-wasm';
const K8S_SIDE = 'kubernetes+wasmedge+crun+etcd+calico+opa-wasm';

const seedBox = (page: Page) =>
  page
    .getByRole('region', { name: 'Recommendation' })
    .getByRole('region', { name: 'The seed’s stack' });

async function applyAlternative(page: Page, label: string) {
  await page
    .getByRole('region', { name: 'Scenario' })
    .getByRole('button', { name: `Apply alternative: ${label}` })
    .click();
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

for (const { preset, alternative, variant, first } of [
  { preset: 'Edge computing', alternative: null, variant: 'Edge stack', first: K3S_SIDE },
  { preset: 'Serverless', alternative: null, variant: 'Small: K3s', first: K3S_SIDE },
  {
    preset: 'Serverless',
    alternative: 'Large (> 1000 nodes): Kubernetes',
    variant: 'Large (> 1000 nodes): Kubernetes',
    first: K8S_SIDE,
  },
  { preset: 'AI inference', alternative: null, variant: 'Edge AI: K3s', first: K3S_SIDE },
  {
    preset: 'AI inference',
    alternative: 'Cloud AI: Kubernetes',
    variant: 'Cloud AI: Kubernetes',
    first: K8S_SIDE,
  },
]) {
  test(`${preset}${alternative ? `, ${alternative}` : ''}: the seed’s stack is #1`, async ({
    page,
  }) => {
    await applyScenario(page, preset);
    if (alternative) await applyAlternative(page, alternative);
    expect(await rankedIds(page, 1)).toEqual([first]);
    await expect(seedBox(page)).toContainText(`#1 is the seed’s stack for ${preset}, ${variant}.`);
    if (alternative) {
      // The seed's own alternative is named as such, never as "Custom".
      await expect(
        page.getByRole('heading', { name: `Best stack for ${preset}, ${alternative}` }),
      ).toBeVisible();
      await expect(page.getByRole('region', { name: 'Scenario' })).not.toContainText('Custom');
    }
  });
}

test('large-scale: the seed’s Docker stack shares #1 with containerd (co-recommended)', async ({
  page,
}) => {
  await applyScenario(page, 'Large-scale production');
  expect(await rankedIds(page, 2)).toEqual([
    'kubernetes+containerd+runc+etcd+calico+gatekeeper',
    'kubernetes+docker+runc+etcd+calico+gatekeeper',
  ]);
  await expect(seedBox(page)).toContainText('is co-recommended (#1)');
});

test('in Chinese the serverless preset says so too', async ({ page }) => {
  await page.getByRole('button', { name: '中文' }).click();
  await applyScenario(page, 'Serverless');
  await expect(
    page.getByRole('region', { name: '推荐' }).getByRole('region', { name: '种子文档的技术栈' }),
  ).toContainText('第 1 名就是种子文档为');
});

test('agreement on a stack that fails the requirements is flagged, not celebrated', async ({
  page,
}) => {
  // 2,000 nodes at an edge site: K3s stops at 1,000 and Kubernetes does not suit the edge.
  await page.goto('/?v=1&s=edge&n=2000');
  await expect(seedBox(page)).toContainText(
    'But no stack meets the requirements: #1 fails them too, so the agreement decides nothing.',
  );
  await expect(seedBox(page)).not.toContainText('✓');
});
