import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { applyScenario, rankedIds } from './helpers';

const scenarioPanel = (page: Page) => page.getByRole('region', { name: 'Scenario' });
const requirementsPanel = (page: Page) => page.getByRole('region', { name: 'Requirements' });

/** Opens "Where these weights come from" and returns it. */
async function openDerivation(page: Page) {
  const summary = page.locator('summary', { hasText: 'Where these weights come from' });
  const details = scenarioPanel(page).locator('details').filter({ has: summary });
  await details.locator('summary').click();
  await expect(details).toHaveAttribute('open', '');
  return details;
}

/** The derivation row of one weight or requirement, by its visible name. */
const rowNamed = (details: ReturnType<Page['locator']>, page: Page, name: string) =>
  details.getByRole('listitem').filter({ has: page.getByText(name, { exact: true }) });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('the edge preset shows where its weights come from, citation and reading apart', async ({
  page,
}) => {
  await applyScenario(page, 'Edge computing');
  const details = await openDerivation(page);

  // the weight's row (the focus on performance has a row of its own further down)
  const performance = rowNamed(details, page, 'Performance').first();
  await expect(performance.getByLabel('Seed §17.6.3 Decision matrix')).toBeVisible();
  await expect(performance.getByLabel("App's reading of §17.6.3")).toHaveCount(0);
  await expect(performance.locator('q')).toHaveText('资源占用 > 启动时间');

  const scale = rowNamed(details, page, 'Scale');
  const reading = scale.getByLabel("App's reading of §17.6.3");
  await expect(reading).toBeVisible();
  await expect(reading).toHaveText('Reading §17.6.3');
  await expect(scale.getByLabel('Seed §17.6.3 Decision matrix')).toHaveCount(0);

  // the focus changes the scores, so it is shown outside the disclosure
  await expect(
    scenarioPanel(page).getByText(
      'Performance is measured by start time only under this scenario.',
    ),
  ).toBeVisible();
  await expect(requirementsPanel(page).getByRole('combobox', { name: 'Site' })).toHaveValue('edge');
});

test('the AI inference preset needs GPU acceleration; its cloud alternative ranks Kubernetes first', async ({
  page,
}) => {
  await applyScenario(page, 'AI inference');
  const gpu = requirementsPanel(page).getByRole('checkbox', { name: 'GPU acceleration' });
  await expect(gpu).toBeChecked();

  await scenarioPanel(page)
    .getByRole('button', { name: 'Apply alternative: Cloud AI: Kubernetes' })
    .click();
  await expect(requirementsPanel(page).getByRole('combobox', { name: 'Site' })).toHaveValue(
    'cloud',
  );
  await expect(gpu).toBeChecked();
  await expect
    .poll(() => rankedIds(page, 1))
    .toEqual(['kubernetes+wasmedge+crun+etcd+calico+opa-wasm']);
  // the seed's own alternative is named as such, and the preset's focus still scores it
  await expect(scenarioPanel(page).getByText('AI inference, Cloud AI: Kubernetes')).toBeVisible();
  await expect(scenarioPanel(page).getByRole('button', { name: 'AI inference' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(
    scenarioPanel(page).getByText(
      'Performance is measured by start time and latency only under AI inference, the scenario you started from.',
    ),
  ).toBeVisible();
});
