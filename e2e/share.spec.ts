import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import {
  applyScenario,
  openFresh,
  rankedIds,
  rowOf,
  seriousViolations,
  setWeight,
} from './helpers';

const SCENARIOS = /^(Scenario|场景)$/;

/** The ids of the stacks ticked for comparison, in table order. */
async function checkedIds(page: Page): Promise<string[]> {
  return page
    .locator('tbody tr[data-stack-id]:has(input.compare-box:checked)')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-stack-id') ?? ''));
}

/** The notice about a share link. */
const linkNotice = (page: Page) => page.locator('.notices .notice').first();

/** The defaults are shown: seed weights, English, the decision view. */
async function expectDefaults(page: Page) {
  await expect(page.getByRole('slider', { name: 'Resource', exact: true })).toHaveValue('3');
  await expect(page.getByRole('slider', { name: 'Cost', exact: true })).toHaveValue('2');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Decision', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(
    page.getByRole('region', { name: SCENARIOS }).getByRole('button', { name: 'Seed defaults' }),
  ).toHaveAttribute('aria-pressed', 'true');
}

test('a copied link opens the same decision in a fresh page', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await applyScenario(page, 'Edge computing');
  await setWeight(page, 'Cost', 3);
  await page.getByRole('spinbutton', { name: 'Nodes' }).fill('5');
  const ranking = page.getByRole('region', { name: 'Ranked stacks' });
  await ranking.getByRole('button', { name: 'Maturity', exact: true }).click();
  const top = await rankedIds(page, 5);
  for (const id of [top[1]!, top[3]!]) await rowOf(page, id).getByRole('checkbox').check();
  const selected = await checkedIds(page);
  expect(selected).toEqual([top[1], top[3]]);
  await page.getByRole('button', { name: '中文' }).click();
  await page.getByRole('button', { name: '决策路径' }).click();

  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.getByRole('status').filter({ hasText: '链接已复制' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const origin = new URL(page.url()).origin;
  expect(link.startsWith(`${origin}/?v=1&b=edge&w=4,3,2,2,3,1&n=5&c=10&o=1&site=edge`)).toBe(true);
  expect(link).toContain('&lang=zh&view=path');
  expect(link).toContain('&sort=-maturity&sel=');
  expect(new URL(page.url()).search).toBe(new URL(link).search);

  const fresh = await openFresh(browser, link);
  await expect(fresh.page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(fresh.page.getByRole('button', { name: '决策路径' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(fresh.page.getByRole('slider', { name: '成本', exact: true })).toHaveValue('3');
  await expect(fresh.page.getByRole('spinbutton', { name: '节点数' })).toHaveValue('5');
  await fresh.page.getByRole('button', { name: '决策', exact: true }).click();
  expect(await rankedIds(fresh.page, 5)).toEqual(top);
  expect(await checkedIds(fresh.page)).toEqual(selected);
  await expect(fresh.page.locator('.notices .notice')).toHaveCount(0);
  expect(fresh.errors).toEqual([]);
  await fresh.close();
});

test('without clipboard access the link is offered pre-selected in a field', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() =>
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }),
  );
  await applyScenario(page, 'Serverless');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page
    .getByRole('dialog', { name: 'Copy this link' })
    .getByRole('textbox', { name: 'Link to this view' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(
    `${new URL(page.url()).origin}/?v=1&s=serverless&w=3,3,3,2,3,1&c=10`,
  );
  expect(await field.evaluate((el: HTMLTextAreaElement) => el.selectionEnd)).toBe(
    (await field.inputValue()).length,
  );
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeFocused();
});

const HOSTILE: [string, string, RegExp][] = [
  ['garbage', '?@@@!!%zz', /1 part of this link is unknown to this app and was ignored\./],
  ['a truncated link', '?v=1&w=4,3,0,2', /ignored: weights\./],
  ['a huge link', `?v=1&lang=zh&x=${'a'.repeat(10_000)}`, /longer than 2,048 characters/],
  ['out-of-range weights', '?v=1&w=99.-1', /ignored: weights\./],
  ['prototype keys', '?__proto__[x]=1&constructor=1', /2 parts of this link are unknown/],
  [
    'words of its own in a parameter name',
    '?Call%20support%3A%20%2B1%20555%200100=1',
    /1 part of this link is unknown to this app and was ignored\. The rest is restored as shared\./,
  ],
  ['an unknown version', '?v=2&lang=zh&view=path', /format version this app does not know/],
];

for (const [name, query, message] of HOSTILE) {
  test(`a hostile link (${name}) shows a notice and the defaults`, async ({ page }) => {
    await page.goto(`/${query}`);
    await expect(linkNotice(page)).toContainText(message);
    // Nothing the link's author wrote is repeated in the app's words.
    await expect(linkNotice(page)).not.toContainText(/Call support|__proto__|@@@/);
    await expectDefaults(page);
    expect(await page.evaluate(() => Object.hasOwn(Object.prototype, 'x'))).toBe(false);
    // The address bar shows the link of what is on screen.
    expect(new URL(page.url()).search).toBe('?v=1');
    await linkNotice(page)
      .getByRole('button', { name: /^Dismiss/ })
      .click();
    await expect(page.locator('.notices .notice')).toHaveCount(0);
  });
}

test('Back after a scenario change restores the previous scenario', async ({ page }) => {
  await page.goto('/');
  const presets = page.getByRole('region', { name: SCENARIOS });
  await applyScenario(page, 'Edge computing');
  await setWeight(page, 'Maturity', 3);
  await applyScenario(page, 'Serverless');
  await expect(presets.getByRole('button', { name: 'Serverless' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.goBack();
  // The entry before Serverless: the edge preset with the maturity weight raised.
  await expect(page.getByRole('slider', { name: 'Maturity', exact: true })).toHaveValue('3');
  await expect(page.getByRole('slider', { name: 'Resource', exact: true })).toHaveValue('4');
  expect(new URL(page.url()).search).toBe('?v=1&b=edge&w=4,3,2,2,2,3&c=10&o=1&site=edge');
  await page.goBack();
  await expectDefaults(page);
  await page.goForward();
  await page.goForward();
  await expect(presets.getByRole('button', { name: 'Serverless' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});
