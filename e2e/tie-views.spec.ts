import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { applyScenario } from './helpers';

// Large-scale production: the containerd and Docker stacks tie exactly at #1 (issue 7: a tie is
// never broken by stack id in anything a user reads).
const CONTAINERD = 'Kubernetes + containerd + runc + etcd + Calico + Gatekeeper';
const DOCKER = 'Kubernetes + Docker + runc + etcd + Calico + Gatekeeper';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await applyScenario(page, 'Large-scale production');
});

test('large-scale: the breakdown says the two #1 stacks tie and names them, never “#1 over #1”', async ({
  page,
}) => {
  const panel = region(page, 'Score breakdown');
  await expect(panel.getByRole('heading', { name: 'Why these two tie' })).toBeVisible();
  await expect(panel.getByText('containerd and Docker tie at 69.1 points.')).toBeVisible();
  await expect(panel).toContainText('Both are co-recommended.');
  await expect(panel).not.toContainText('#1 over #1');
  await expect(panel).not.toContainText('favours #1');
  // The cards and the recommendation's details sentence name the stack without making it the winner.
  await expect(region(page, 'Recommendation')).toContainText(
    `Details below: ${CONTAINERD}, one of the 2 co-recommended stacks (listed first, not ranked above the others). Explain opens any of them.`,
  );
});

test('large-scale: the decision path compares the tree with both co-recommended stacks', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Decision path' }).click();
  const flow = region(page, 'Decision flow (17.6.2)');
  await expect(flow.getByRole('list')).toContainText(
    `Choose the best scheme — 2 co-recommended stacks: ${CONTAINERD}; ${DOCKER}`,
  );
  const tree = region(page, 'Decision trees (17.8)');
  const note = tree.getByRole('note').filter({ hasText: 'co-recommended' });
  await expect(note).toContainText(
    '≠ None of the 2 co-recommended stacks follows the tree: each differs from it in Policy.',
  );
  await expect(note).not.toContainText('Runtime');
  const evolution = region(page, 'Evolution path (17.7.1)');
  await expect(evolution).toContainText(
    `The 2 co-recommended stacks (${CONTAINERD}; ${DOCKER}) are all at Stage 2: Kubernetes orchestration.`,
  );
  await expect(evolution).not.toContainText('current #1');
  await expect(
    evolution.locator('.diagram-svg svg').getByText('(stage of the 2 co-recommended)', {
      exact: false,
    }),
  ).toBeVisible();
});
