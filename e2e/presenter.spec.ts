import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { applyScenario } from './helpers';

const HEADINGS = [
  'Question & requirements',
  'Weights',
  'Ranking',
  'Compared stacks',
  'Decision path',
  'How sure are we?',
  'Recommendation',
];
const FLANNEL = 'k3s+wasmedge+crun+sqlite+flannel+opa-wasm';
const KYVERNO = 'k3s+wasmedge+crun+sqlite+flannel+kyverno';

const presentButton = (page: Page) => page.getByRole('button', { name: 'Present', exact: true });

/** Opens the presenter from the header and returns its dialog. */
async function openPresenter(page: Page): Promise<Locator> {
  await presentButton(page).click();
  const dialog = page.getByRole('dialog', { name: 'Presenter' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The current slide's heading. */
const slideTitle = (dialog: Locator) => dialog.getByRole('heading', { level: 2 });

/**
 * Serious and critical axe violations inside the presenter. The page behind it is inert and
 * covered by accessibility.spec.ts; scanning only the dialog keeps this fast.
 */
async function presenterViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('.presenter').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The stack id of the ranking slide's first row. */
const firstRanked = (dialog: Locator) =>
  dialog.locator('.presenter-ranking tbody tr').first().getAttribute('data-stack-id');

test.describe('presenter', () => {
  test('walks all seven slides with the keyboard, shows where it is, and goes back', async ({
    page,
  }) => {
    await page.goto('/');
    const dialog = await openPresenter(page);
    // A native modal <dialog> in the top layer: on top of the page (full screen or not), which is inert.
    const onTop = await dialog.evaluate(
      (el) =>
        el.matches(':modal') &&
        el.contains(document.elementFromPoint(innerWidth / 2, innerHeight / 2)),
    );
    expect(onTop).toBe(true);
    const progress = dialog.getByRole('progressbar', { name: 'Progress' });
    for (let i = 0; i < HEADINGS.length; i++) {
      await expect(slideTitle(dialog)).toHaveText(HEADINGS[i]!);
      await expect(dialog.locator('.presenter-counter')).toHaveText(`${i + 1} / 7`);
      await expect(progress).toHaveAttribute('aria-valuenow', String(i + 1));
      await page.keyboard.press('ArrowRight');
    }
    // Past the end it stays on the last slide.
    await expect(slideTitle(dialog)).toHaveText('Recommendation');
    await expect(dialog.getByRole('button', { name: 'Next slide' })).toBeDisabled();

    await page.keyboard.press('ArrowLeft');
    await expect(slideTitle(dialog)).toHaveText('How sure are we?');
    await page.keyboard.press('Home');
    await expect(slideTitle(dialog)).toHaveText('Question & requirements');
    await page.keyboard.press('Space');
    await expect(slideTitle(dialog)).toHaveText('Weights');
    await page.keyboard.press('End');
    await expect(slideTitle(dialog)).toHaveText('Recommendation');
    await page.keyboard.press('PageUp');
    await expect(slideTitle(dialog)).toHaveText('How sure are we?');
    await page.keyboard.press('PageDown');
    await expect(slideTitle(dialog)).toHaveText('Recommendation');
    await dialog.getByRole('button', { name: 'Previous slide' }).click();
    await expect(slideTitle(dialog)).toHaveText('How sure are we?');
    await dialog.getByRole('button', { name: 'Next slide' }).click();
    await expect(slideTitle(dialog)).toHaveText('Recommendation');
  });

  test('a weight changed on the weights slide re-ranks the ranking and recommendation slides', async ({
    page,
  }) => {
    await page.goto('/');
    await applyScenario(page, 'Edge computing');
    const dialog = await openPresenter(page);

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(slideTitle(dialog)).toHaveText('Ranking');
    expect(await firstRanked(dialog)).toBe(FLANNEL);

    await page.keyboard.press('ArrowLeft');
    await expect(slideTitle(dialog)).toHaveText('Weights');
    const cost = dialog.getByRole('slider', { name: 'Cost', exact: true });
    await cost.fill('5');
    // 4 + 3 + 2 + 2 + 5 + 1 = 17: Cost is 29% of the total.
    const costRow = dialog.locator('tr[data-dimension="cost"]');
    await expect(costRow.locator('.presenter-percent')).toHaveText('29%');
    await expect(costRow.locator('.presenter-weight')).toHaveText('5');
    // The slider keeps its own arrow keys: the slide stays, the weight moves.
    await cost.press('ArrowLeft');
    await expect(costRow.locator('.presenter-weight')).toHaveText('4.5');
    await expect(slideTitle(dialog)).toHaveText('Weights');
    await cost.press('ArrowRight');
    await expect(costRow.locator('.presenter-weight')).toHaveText('5');

    await dialog.getByRole('button', { name: 'Next slide' }).click();
    await expect(slideTitle(dialog)).toHaveText('Ranking');
    await expect(dialog.locator('.presenter-ranking tbody tr').first()).toHaveAttribute(
      'data-stack-id',
      FLANNEL,
    );
    // Cost counts no policy fact, so the flannel stacks fill the top; Kyverno is #2.
    await expect(dialog.locator('.presenter-ranking tbody tr').nth(1)).toHaveAttribute(
      'data-stack-id',
      KYVERNO,
    );

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(slideTitle(dialog)).toHaveText('Decision path');
    await expect(dialog.getByText('The ranking’s #1 agrees on every layer.')).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expect(slideTitle(dialog)).toHaveText('How sure are we?');
    await page.keyboard.press('ArrowRight');
    await expect(slideTitle(dialog)).toHaveText('Recommendation');
    await expect(dialog.locator('.presenter-pick')).toHaveAttribute('data-stack-id', FLANNEL);
    await expect(
      // OPA-Wasm's 2 MB against Kyverno's 20 MB (17.3.4).
      dialog.getByText('Resource decides it: +2.0 points there, +1.6 overall.'),
    ).toBeVisible();

    // The store changed for the whole app, not just the presenter.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('slider', { name: 'Cost', exact: true })).toHaveValue('5');
  });

  test('H hides the controls, Esc closes and gives focus back to Present', async ({ page }) => {
    await page.goto('/');
    const dialog = await openPresenter(page);
    await page.keyboard.press('ArrowRight');
    const chrome = [
      dialog.getByRole('button', { name: 'Next slide' }),
      dialog.getByRole('button', { name: 'Previous slide' }),
      dialog.locator('.presenter-counter'),
      dialog.getByRole('slider', { name: 'Cost', exact: true }),
      dialog.getByRole('button', { name: 'Hide controls' }),
    ];
    for (const c of chrome) await expect(c).toBeVisible();

    await page.keyboard.press('h');
    for (const c of chrome) await expect(c).toBeHidden();
    await expect(slideTitle(dialog)).toHaveText('Weights');
    await page.keyboard.press('ArrowRight');
    await expect(slideTitle(dialog)).toHaveText('Ranking');
    await page.keyboard.press('H');
    for (const c of chrome) await expect(c).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(presentButton(page)).toBeFocused();
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    // The page behind is usable again.
    expect(await page.locator('#root').getAttribute('inert')).toBeNull();

    const again = await openPresenter(page);
    await expect(slideTitle(again)).toHaveText('Question & requirements');
    await again.getByRole('button', { name: 'Exit presenter' }).click();
    await expect(again).toBeHidden();
    await expect(presentButton(page)).toBeFocused();
  });

  test('has no serious accessibility violations on four slides (light, English)', async ({
    page,
  }) => {
    // Four axe scans: well over the default 30 s on a loaded 2-core machine.
    test.setTimeout(60_000);
    await page.goto('/');
    await applyScenario(page, 'Edge computing');
    const dialog = await openPresenter(page);
    for (const slide of [0, 2, 3, 5]) {
      await page.keyboard.press('Home');
      for (let i = 0; i < slide; i++) await page.keyboard.press('ArrowRight');
      await expect(slideTitle(dialog)).toHaveText(HEADINGS[slide]!);
      if (slide === 3) await expect(dialog.locator('.recharts-radar')).toHaveCount(3);
      expect(await presenterViolations(page), HEADINGS[slide]).toEqual([]);
    }
  });

  test('follows the language and theme, axe-clean in Chinese and dark', async ({ page }) => {
    await page.goto('/');
    await applyScenario(page, 'Edge computing');
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('switch', { name: '深色主题' }).click();
    await page.getByRole('button', { name: '演示', exact: true }).click();
    const zh = page.getByRole('dialog', { name: '演示模式' });
    await expect(slideTitle(zh)).toHaveText('问题与需求');
    await expect(zh.getByText('边缘计算', { exact: true })).toBeVisible();
    // The presenter's own high-contrast dark palette: white on black.
    expect(await zh.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(slideTitle(zh)).toHaveText('排名');
    await expect(zh.getByRole('button', { name: '下一页' })).toBeVisible();
    expect(await presenterViolations(page), 'zh dark ranking').toEqual([]);
    await page.keyboard.press('ArrowRight');
    await zh.getByRole('button', { name: '以表格显示' }).click();
    await expect(zh.getByRole('table')).toBeVisible();
    await expect(zh.getByRole('row', { name: /^成本/ })).toBeVisible();
    expect(await presenterViolations(page), 'zh dark radar table').toEqual([]);
  });
});
