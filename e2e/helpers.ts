import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';

/** Clicks a scenario preset button by its visible name. */
export async function applyScenario(page: Page, name: string) {
  await page
    .getByRole('region', { name: /^(Scenario|场景)$/ })
    .getByRole('button', { name, exact: true })
    .click();
}

/** Moves a weight slider (labelled by its dimension) to a value. */
export async function setWeight(page: Page, dimension: string, value: number) {
  await page.getByRole('slider', { name: dimension, exact: true }).fill(String(value));
}

/** The stack ids of the first n rows of the ranking table, in order. */
export async function rankedIds(page: Page, n: number): Promise<string[]> {
  const region = page.getByRole('region', { name: /^(Ranked stacks|技术栈排名)$/ });
  const rows = region.locator('tbody tr[data-stack-id]');
  await expect(rows.first()).toBeVisible();
  // The ranking follows its inputs in a deferred render: read it once it has caught up.
  await expect(region.locator('.ranking-scroll')).toHaveAttribute('aria-busy', 'false');
  const ids = await rows.evaluateAll((els) =>
    els.map((el) => el.getAttribute('data-stack-id') ?? ''),
  );
  return ids.slice(0, n);
}

/** The ranking table row of one stack. */
export function rowOf(page: Page, stackId: string) {
  return page.locator(`tbody tr[data-stack-id="${stackId}"]`);
}

/** Serious and critical axe violations on the page as it is now (or only inside `include`), as readable strings. */
export async function seriousViolations(page: Page, include: string[] = []): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  for (const selector of include) builder.include(selector);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Opens a URL in a page of a new browser context (no storage, as a colleague's browser); returns
 * the page, its console and page errors (for the test to check), and a close function.
 */
export async function openFresh(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return { page, errors, close: () => context.close() };
}

/** A stored preset as the app writes it (older presets lack site, Alpha APIs and GPU). */
export const storedPreset = (id: string, name: string, cost = 2) => ({
  id,
  name,
  weights: { resource: 4, performance: 3, scale: 0, availability: 2, cost, maturity: 1 },
  requirements: {
    nodes: 1,
    memoryPerNodeMB: null,
    coldStartMs: 10,
    offline: true,
    highAvailability: false,
    networkPolicy: 'none',
    policyComplexity: 'none',
    existingDatabase: false,
  },
  rankMode: 'fitFirst',
  showInvalid: false,
});
