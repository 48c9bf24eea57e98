import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';

const NAMES = {
  en: {
    region: 'Compare stacks',
    legend: 'Compared stacks',
    diff: 'Differences only',
    caption: 'Differences only: 3 of 6 dimensions differ between the shown stacks',
  },
  zh: {
    region: '技术栈对比',
    legend: '对比的技术栈',
    diff: '仅看差异',
    caption: '仅看差异：显示的技术栈在 6 个维度中有 3 个不同',
  },
} as const;

/**
 * The drawn radar measured in the page (SVG user units = CSS px): its outer ring's diameter,
 * the frame's width, and every collision of real text boxes (axis names, grid values) with
 * the ring, the spokes, the frame's edges and each other.
 */
async function radarLayout(page: Page, region: string) {
  return page
    .getByRole('region', { name: region })
    .locator('.radar-frame')
    .evaluate((frame) => {
      type R = { x: number; y: number; width: number; height: number };
      const svg = frame.querySelector('svg.recharts-surface') as SVGSVGElement;
      const box = (el: Element): R => (el as SVGGraphicsElement).getBBox();
      const overlap = (a: R, b: R) =>
        a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      const spokes = [...frame.querySelectorAll('.recharts-polar-grid-angle line')].map((l) =>
        ['x1', 'y1', 'x2', 'y2'].map((a) => Number(l.getAttribute(a))),
      );
      const [cx, cy] = spokes[0]!;
      const radius = Math.hypot(spokes[0]![2]! - cx!, spokes[0]![3]! - cy!);
      // Liang–Barsky: does the segment pass through the box?
      const crosses = ([x1, y1, x2, y2]: number[], b: R) => {
        let t0 = 0;
        let t1 = 1;
        const dx = x2! - x1!;
        const dy = y2! - y1!;
        for (const [p, q] of [
          [-dx, x1! - b.x],
          [dx, b.x + b.width - x1!],
          [-dy, y1! - b.y],
          [dy, b.y + b.height - y1!],
        ] as const) {
          if (p === 0) {
            if (q < 0) return false;
          } else if (p < 0) t0 = Math.max(t0, q / p);
          else t1 = Math.min(t1, q / p);
        }
        return t0 <= t1;
      };
      const nearest = (r: R) =>
        Math.hypot(
          Math.max(r.x - cx!, 0, cx! - (r.x + r.width)),
          Math.max(r.y - cy!, 0, cy! - (r.y + r.height)),
        );
      const names = [...frame.querySelectorAll('.radar-axis-name text')];
      const values = [...frame.querySelectorAll('.radar-grid-value')];
      const width = svg.width.baseVal.value;
      const found: string[] = [];
      names.forEach((n, i) => {
        const r = box(n);
        if (r.x < 0 || r.x + r.width > width) found.push(`${n.textContent} leaves the frame`);
        if (nearest(r) <= radius) found.push(`${n.textContent} touches the ring`);
        names.slice(i + 1).forEach((o) => {
          if (overlap(r, box(o))) found.push(`${n.textContent} overlaps ${o.textContent}`);
        });
      });
      values.forEach((v) => {
        if (spokes.some((s) => crosses(s, box(v)))) found.push(`${v.textContent} on a spoke`);
      });
      return {
        diameter: radius * 2,
        frameWidth: frame.getBoundingClientRect().width,
        names: names.length,
        values: values.length,
        found,
      };
    });
}

test('the radar fills its panel at 1920 and its legend highlights, hides and compares, in both languages and themes', async ({
  page,
}) => {
  // Four passes with an axe scan each: well over the default 30 s on a loaded 2-core machine.
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  for (const [lang, theme] of [
    ['en', 'light'],
    ['zh', 'dark'],
    ['en', 'dark'],
    ['zh', 'light'],
  ] as const) {
    const n = NAMES[lang];
    await page.goto(`/?lang=${lang}&theme=${theme}`);
    const panel = page.getByRole('region', { name: n.region });
    await expect(panel.locator('.recharts-radar')).toHaveCount(3);
    const layout = await radarLayout(page, n.region);
    expect(layout.found, `${lang} ${theme}`).toEqual([]);
    expect(layout.diameter).toBeGreaterThanOrEqual(480);
    expect(layout.names).toBe(6);
    expect(layout.values).toBe(4);

    const legend = panel.getByRole('list', { name: n.legend });
    const second = legend.getByRole('button', { name: /^#2 / });
    await second.hover();
    await expect(panel.locator('.recharts-radar.radar-shape-emphasis')).toHaveCount(1);
    await expect(panel.locator('.recharts-radar.radar-shape-faded')).toHaveCount(2);
    await page.mouse.move(0, 0);
    await expect(panel.locator('.recharts-radar.radar-shape-faded')).toHaveCount(0);
    await legend.getByRole('button', { name: /^#3 / }).focus();
    await expect(panel.locator('.recharts-radar.radar-shape-emphasis')).toHaveCount(1);

    await second.click();
    await expect(second).toHaveAttribute('aria-pressed', 'false');
    await expect(panel.locator('.recharts-radar')).toHaveCount(2);
    await panel.getByRole('button', { name: n.diff }).click();
    await expect(panel.getByRole('button', { name: n.diff })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // #1 and #3 of the seed defaults differ on resource, availability and cost only.
    await expect(panel.locator('figcaption')).toContainText(n.caption);
    await expect(panel.locator('.radar-axis-name')).toHaveCount(3);
    expect((await radarLayout(page, n.region)).found).toEqual([]);

    const axe = await new AxeBuilder({ page }).include('.radar-panel').analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(' ')).join(', ')}`),
      `${lang} ${theme}`,
    ).toEqual([]);
  }
});

test('the radar fits the panel without collisions at 1280, 1024 and on a phone', async ({
  page,
}) => {
  for (const [width, height] of [
    [1280, 800],
    [1024, 768],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const lang of ['en', 'zh'] as const) {
      await page.goto(`/?lang=${lang}`);
      const panel = page.getByRole('region', { name: NAMES[lang].region });
      await expect(panel.locator('.recharts-radar')).toHaveCount(3);
      await panel.scrollIntoViewIfNeeded();
      const layout = await radarLayout(page, NAMES[lang].region);
      expect(layout.found, `${width} ${lang}`).toEqual([]);
      const panelWidth = (await panel.boundingBox())!.width;
      expect(layout.frameWidth).toBeLessThanOrEqual(panelWidth);
      // The ring takes most of what is left beside its names.
      expect(layout.diameter, `${width} ${lang}`).toBeGreaterThanOrEqual(
        Math.min(480, panelWidth * 0.4),
      );
    }
  }
});
