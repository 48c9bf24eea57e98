import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { seriousViolations } from './helpers';

// Issue 9: the path view's diagrams read at every size (labels ≥ 12 px on screen, the page
// never scrolls sideways), follow the dark theme, and open full screen by keyboard.

const SIZES = [
  { width: 1024, height: 768, combos: ['en-light', 'zh-dark'] },
  { width: 1280, height: 800, combos: ['zh-light', 'en-dark'] },
  { width: 1920, height: 1080, combos: ['en-light', 'zh-dark'] },
  { width: 390, height: 844, combos: ['zh-light', 'en-dark'] },
] as const;

interface DiagramReading {
  /** The smallest label on screen: font size × the SVG's scale, in CSS px. */
  smallestLabelPx: number;
  labels: number;
  takenNodes: number;
  /** Relative luminance of every node's fill. */
  fills: number[];
}

/** Labels, highlighted nodes and node fills of every diagram on the page, as drawn now. */
async function readDiagrams(page: Page): Promise<DiagramReading[]> {
  return page.locator('.diagram-svg svg').evaluateAll((svgs) => {
    const luminance = (colour: string) => {
      const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    return (svgs as SVGSVGElement[]).map((svg) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const labels = [...svg.querySelectorAll('.nodeLabel, .edgeLabel')].filter((el) =>
        el.textContent?.trim(),
      );
      const sizes = labels.map((el) => parseFloat(getComputedStyle(el).fontSize) * scale);
      const shapes = [...svg.querySelectorAll('.node')].map((node) =>
        node.querySelector('rect, polygon, path')!,
      );
      return {
        smallestLabelPx: Math.min(...sizes),
        labels: labels.length,
        takenNodes: svg.querySelectorAll('.node.taken').length,
        fills: shapes.map((s) => luminance(getComputedStyle(s).fill)),
      };
    });
  });
}

for (const size of SIZES) {
  test(`${size.width}×${size.height}: every diagram's labels are ≥ 12 px, no sideways page scroll, fills follow the theme`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    for (const combo of size.combos) {
      const [lang, theme] = combo.split('-');
      await page.goto(`/?view=path&lang=${lang}&theme=${theme}`);
      await expect(page.locator('.diagram-svg svg')).toHaveCount(4);
      const diagrams = await readDiagrams(page);
      for (const [i, d] of diagrams.entries()) {
        const where = `${combo}, diagram ${i}`;
        expect(d.labels, where).toBeGreaterThan(3);
        expect(d.smallestLabelPx, where).toBeGreaterThanOrEqual(12);
        expect(d.takenNodes, where).toBeGreaterThan(0);
        for (const fill of d.fills)
          if (theme === 'dark') expect(fill, where).toBeLessThan(0.05);
          else expect(fill, where).toBeGreaterThan(0.7);
      }
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
        combo,
      ).toBeLessThanOrEqual(0);
    }
  });
}

test('the six-level tree zooms inside its own scroller, never below 12 px labels', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?view=path&lang=en&theme=light');
  const tree = page.getByRole('region', { name: 'Decision trees (17.8)' });
  const picture = tree.getByRole('img', { name: /global decision tree/ });
  await expect(picture.locator('svg')).toBeVisible();
  const width = async () => (await picture.boundingBox())!.width;
  const natural = await width();
  const scroller = tree.getByRole('group', { name: /scroll, drag or use the arrow keys/ });
  // The tree is wider than a phone: it scrolls in its panel, the page does not.
  expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await tree.getByRole('button', { name: 'Zoom in' }).click();
  await expect(tree.getByText('125%', { exact: true })).toBeVisible();
  expect(await width()).toBeCloseTo(natural * 1.25, 0);
  await scroller.focus();
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect(tree.getByText('75%', { exact: true })).toBeVisible();
  await expect(tree.getByRole('button', { name: 'Zoom out' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  const [reading] = await readDiagrams(page).then((all) => all.slice(1, 2));
  expect(reading!.smallestLabelPx).toBeCloseTo(12, 1);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('each diagram opens full screen and closes by keyboard, in both languages', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const [lang, panel, open, close] of [
    ['en', 'Decision trees (17.8)', 'Full screen', 'Close'],
    ['zh', '决策流程（17.6.2）', '全屏', '关闭'],
  ] as const) {
    await page.goto(`/?view=path&lang=${lang}&theme=dark`);
    const region = page.getByRole('region', { name: panel });
    await expect(region.locator('.diagram-svg svg')).toBeVisible();
    const button = region.getByRole('button', { name: open });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: panel });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.diagram-svg svg')).toBeVisible();
    await expect(page.locator('.diagram-svg svg')).toHaveCount(4);
    // Large: the dialog takes the screen, less a small margin.
    const box = (await dialog.boundingBox())!;
    expect(box.width).toBeGreaterThan(1200);
    expect(box.height).toBeGreaterThan(740);
    const inDialog = await readDiagrams(page);
    expect(Math.min(...inDialog.map((d) => d.smallestLabelPx))).toBeGreaterThanOrEqual(12);
    expect(await seriousViolations(page, ['dialog[open]'])).toEqual([]);
    // Focus starts on the diagram: + zooms at once.
    const level = dialog.locator('.diagram-zoom-level');
    const before = await level.innerText();
    await page.keyboard.press('+');
    await expect(level).not.toHaveText(before);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
    await button.press('Enter');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: close }).press('Enter');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  }
});
