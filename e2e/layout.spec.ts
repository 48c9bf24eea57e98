import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { seriousViolations } from './helpers';

type Setting = { lang: 'en' | 'zh'; theme: 'light' | 'dark' };
const EN_LIGHT: Setting = { lang: 'en', theme: 'light' };
const ZH_DARK: Setting = { lang: 'zh', theme: 'dark' };
const ZH_LIGHT: Setting = { lang: 'zh', theme: 'light' };
const EN_DARK: Setting = { lang: 'en', theme: 'dark' };

// Both languages and both themes at every size; the four pairs each at the two projector sizes.
const SIZES = [
  { width: 1024, height: 768, settings: [EN_LIGHT, ZH_DARK, ZH_LIGHT, EN_DARK] },
  { width: 1280, height: 800, settings: [ZH_LIGHT, EN_DARK, EN_LIGHT, ZH_DARK] },
  { width: 1920, height: 1080, settings: [EN_LIGHT, ZH_DARK] },
  { width: 390, height: 844, settings: [ZH_LIGHT, EN_DARK] },
  { width: 360, height: 740, settings: [EN_LIGHT, ZH_DARK] },
] as const;

const WORDS = {
  en: {
    recommendation: 'Recommendation',
    ranking: 'Ranked stacks',
    stack: 'Stack',
    present: 'Present',
  },
  zh: { recommendation: '推荐', ranking: '技术栈排名', stack: '技术栈', present: '演示' },
} as const;

/** The box of an element relative to the viewport, after any scroll the test did. */
async function box(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    });
}

for (const size of SIZES) {
  test(`${size.width}×${size.height}: no sideways page scroll, the decision in the first screen`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    for (const { lang, theme } of size.settings) {
      await page.goto(`/?lang=${lang}&theme=${theme}`);
      const w = WORDS[lang];
      const recommendation = page.getByRole('region', { name: w.recommendation, exact: true });
      await expect(recommendation.getByRole('list').first()).toBeVisible();
      const ranking = page.getByRole('region', { name: w.ranking });
      await expect(ranking.locator('tbody tr[data-stack-id]').first()).toBeVisible();
      const scroll = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
        y: window.scrollY,
      }));
      expect(scroll.page, `${lang}/${theme}: page width`).toBeLessThanOrEqual(scroll.viewport);
      expect(scroll.y).toBe(0);
      // Every header control is whole on screen (phones wrap the header, never clip it).
      await expect(page.getByRole('button', { name: w.present })).toBeInViewport({ ratio: 1 });
      if (size.width === 1024 || size.width === 1280) {
        // The recommendation's stack names and the first ranking row, unscrolled.
        const chips = await recommendation
          .getByRole('list', { name: w.stack, exact: true })
          .evaluate((el) => el.getBoundingClientRect());
        expect(chips.top, `${lang}/${theme}: chips`).toBeGreaterThanOrEqual(0);
        expect(chips.bottom, `${lang}/${theme}: chips`).toBeLessThanOrEqual(size.height);
        const row = await box(page, 'tbody tr[data-stack-id]');
        expect(row.bottom, `${lang}/${theme}: first ranking row`).toBeLessThanOrEqual(size.height);
        expect(row.right).toBeLessThanOrEqual(size.width);
      }
    }
  });
}

test('1024×768: the inputs fold into a bar whose buttons open the drawer at their panel; the ranking re-ranks behind it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Weights' })).toHaveCount(0);
  const bar = page.getByRole('navigation', { name: 'Your inputs' });
  await expect(bar.getByRole('button', { name: 'Scenario Seed defaults' })).toBeVisible();
  await expect(bar.getByRole('button', { name: 'Requirements none set' })).toBeVisible();
  await bar.getByRole('button', { name: /^Weights: Resource 23%, Performance 23%/ }).click();
  const drawer = page.getByRole('dialog', { name: 'Inputs' });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole('heading', { name: 'Weights', level: 2 })).toBeFocused();
  const first = () => page.locator('tbody tr[data-stack-id]').first().getAttribute('data-stack-id');
  const before = await first();
  await drawer.getByRole('slider', { name: 'Cost', exact: true }).fill('5');
  await expect.poll(first).not.toBe(before);
  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);
  await expect(bar.getByRole('button', { name: /^Weights: .*Cost 31%/ })).toBeFocused();
  await expect(
    bar.getByRole('button', { name: 'Scenario Custom, from Seed defaults' }),
  ).toBeVisible();

  // The guide's second step opens the drawer at the requirements.
  await page
    .getByRole('region', { name: 'Stack Decision Matrix' })
    .getByRole('button', { name: 'Set requirements' })
    .click();
  await expect(drawer.getByRole('heading', { name: 'Requirements', level: 2 })).toBeFocused();
  await drawer.getByRole('spinbutton', { name: 'Nodes' }).fill('2000');
  await drawer.getByRole('button', { name: 'Close inputs' }).click();
  await expect(bar.getByRole('button', { name: 'Requirements 2,000 nodes' })).toBeVisible();
});

test('1920×1080: the inputs stay beside the results; a guide step moves focus to its panel', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Your inputs' })).toHaveCount(0);
  const guide = page.getByRole('region', { name: 'Stack Decision Matrix' });
  await guide.getByRole('button', { name: 'Set requirements' }).click();
  await expect(page.getByRole('heading', { name: 'Requirements', level: 2 })).toBeFocused();
  await guide.getByRole('button', { name: 'Read the ranking' }).click();
  await expect(page.getByRole('heading', { name: 'Ranked stacks', level: 2 })).toBeFocused();
});

test('the guide: the product, one sentence, an example that decides something, and it can be hidden for good', async ({
  page,
}) => {
  await page.goto('/');
  const guide = page.getByRole('region', { name: 'Stack Decision Matrix' });
  await expect(guide).toContainText('defend it in a design review');
  await expect(guide.getByRole('list', { name: 'Three steps' }).getByRole('listitem')).toHaveText([
    '1Pick a scenario',
    '2Set requirements',
    '3Read the ranking',
  ]);
  // With open requirements nothing tells the stacks apart, and the card says so.
  const recommendation = page.getByRole('region', { name: 'Recommendation', exact: true });
  await expect(recommendation).toContainText(
    'Every one of the 240 stacks meets the 3 checks of these requirements alike',
  );
  await expect(recommendation).toContainText('No requirement rules a stack out yet.');
  await expect(recommendation.getByRole('button', { name: 'Set requirements' })).toBeVisible();
  await guide.getByRole('button', { name: 'Try an example: Edge computing' }).click();
  await expect(page.getByRole('heading', { name: 'Recommendation', level: 2 })).toBeFocused();
  await expect(
    recommendation.getByRole('list', { name: 'Requirement checks' }).getByRole('listitem').first(),
  ).toBeVisible();
  await expect(recommendation.getByRole('button', { name: 'Set requirements' })).toHaveCount(0);
  await expect(recommendation).not.toContainText('meets the 3 checks of these requirements alike');

  await guide.getByRole('button', { name: 'Hide the guide' }).click();
  await expect(guide).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Stack Decision Matrix' })).toHaveCount(0);
  await page.getByRole('button', { name: 'How to decide' }).click();
  await expect(
    page.getByRole('heading', { name: 'Stack Decision Matrix', level: 2 }),
  ).toBeFocused();
});

test('the theme switch is a switch: keyboard operable, named in both languages', async ({
  page,
}) => {
  await page.goto('/?lang=zh');
  const toggle = page.getByRole('switch', { name: '深色主题' });
  await expect(toggle).not.toBeChecked();
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.getByRole('switch', { name: 'Dark theme' }).press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('axe: the folded inputs, the drawer and the guide are clean in both themes', async ({
  page,
}) => {
  // Five axe scans: well over the default 30 s on a loaded 2-core machine.
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  for (const theme of ['light', 'dark']) {
    await page.goto(`/?theme=${theme}`);
    await expect(page.getByRole('navigation', { name: 'Your inputs' })).toBeVisible();
    expect(
      await seriousViolations(page, ['header', '.guide', '.inputs-bar', '.recommendation-panel']),
    ).toEqual([]);
    await page.getByRole('button', { name: 'Scenario Seed defaults' }).click();
    await expect(page.getByRole('dialog', { name: 'Inputs' })).toBeVisible();
    expect(await seriousViolations(page, ['.inputs-drawer'])).toEqual([]);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lang=zh&theme=dark');
  await page.getByRole('button', { name: '需求 未设置' }).click();
  const drawer = page.getByRole('dialog', { name: '输入' });
  await expect(drawer.getByRole('heading', { name: '需求', level: 2 })).toBeFocused();
  await expect(drawer.getByRole('button', { name: '关闭输入' })).toBeInViewport({ ratio: 1 });
  expect(await seriousViolations(page, ['.inputs-drawer'])).toEqual([]);
});
