import type { Locator, Page } from '@playwright/test';

import { expect, test } from './fixtures';

const EN_LIGHT = { lang: 'en', theme: 'light' } as const;
const ZH_DARK = { lang: 'zh', theme: 'dark' } as const;
const EN_DARK = { lang: 'en', theme: 'dark' } as const;
const ZH_LIGHT = { lang: 'zh', theme: 'light' } as const;
type Look = typeof EN_LIGHT | typeof ZH_DARK | typeof EN_DARK | typeof ZH_LIGHT;

/**
 * The window sizes a review is shown on, the least body text size (px) each must keep, and the
 * languages and themes tried there: each size both languages and both themes, all four pairs
 * over the sizes.
 */
const SIZES = [
  { width: 1024, height: 768, minBody: 18, looks: [EN_LIGHT, ZH_DARK] },
  { width: 1280, height: 800, minBody: 20, looks: [EN_DARK, ZH_LIGHT] },
  { width: 1920, height: 1080, minBody: 28, looks: [ZH_DARK, EN_LIGHT] },
  // Not a projector: the slide may scroll, but nothing hides behind the controls.
  { width: 390, height: 844, minBody: 12, looks: [ZH_LIGHT, EN_DARK], phone: true },
] as const;

const NAMES = {
  en: { present: 'Present', dialog: 'Presenter', next: 'Next slide', exit: 'Exit presenter' },
  zh: { present: '演示', dialog: '演示模式', next: '下一页', exit: '退出演示' },
} as const;

/** What measureSlide reports: the problems found, the slide's, title's and smallest HTML text's sizes. */
interface SlideMeasure {
  problems: string[];
  body: number;
  title: number;
  smallest: number;
}

/**
 * Every visible piece of text of the current slide (each element with a text node of its own),
 * line by line: inside the window, and at its centre the element itself (or its own child or
 * parent inside the slide; for chart text, anything in the same chart), never the top bar,
 * weight strip or navigation. With `scroll`, each is first scrolled into view inside the slide.
 */
async function measureSlide(page: Page, scroll: boolean): Promise<SlideMeasure> {
  return page.evaluate((scrollFirst) => {
    const slide = document.querySelector<HTMLElement>('.presenter-slide')!;
    const problems: string[] = [];
    let smallest = Infinity;
    if (slide.scrollWidth > slide.clientWidth + 1)
      problems.push(`slide scrolls sideways: ${slide.scrollWidth} > ${slide.clientWidth}`);
    if (!scrollFirst && slide.scrollHeight > slide.clientHeight + 1)
      problems.push(`slide scrolls: ${slide.scrollHeight} > ${slide.clientHeight}`);
    for (const el of slide.querySelectorAll('*')) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
      if (!own || el.closest('.visually-hidden')) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      if (scrollFirst) el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const text = `"${el.textContent!.trim().slice(0, 40)}"`;
      const chart = el.closest('svg');
      if (!chart) smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize));
      for (const r of el.getClientRects()) {
        if (r.width === 0 || r.height === 0) continue;
        if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1) {
          problems.push(`${text} outside the window: ${[r.left, r.top, r.right, r.bottom]}`);
          continue;
        }
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        const own =
          hit !== null &&
          (chart
            ? chart.contains(hit)
            : hit === el || el.contains(hit) || (hit.contains(el) && slide.contains(hit)));
        if (!own) problems.push(`${text} covered by ${hit?.tagName}.${hit?.className}`);
      }
    }
    slide.scrollTo(0, 0);
    const size = (selector: string) =>
      parseFloat(getComputedStyle(slide.querySelector(selector)!).fontSize);
    return {
      problems,
      body: size('.presenter-body'),
      title: size('.presenter-title'),
      smallest,
    };
  }, scroll);
}

/** The presenter's buttons are inside the window and on top at their centre. */
async function expectReachable(buttons: Locator[]) {
  for (const button of buttons) {
    await expect(button).toBeInViewport({ ratio: 1 });
    const hit = await button.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return at !== null && el.contains(at);
    });
    expect(hit, (await button.textContent()) ?? '').toBe(true);
  }
}

/** Opens the presenter in a language and theme and checks each of the seven slides. */
async function checkSlides(page: Page, size: (typeof SIZES)[number], look: Look) {
  const n = NAMES[look.lang];
  await page.goto(`/?lang=${look.lang}&theme=${look.theme}`);
  await page.getByRole('button', { name: n.present, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: n.dialog });
  await expect(dialog).toBeVisible();
  const next = dialog.getByRole('button', { name: n.next });
  for (let i = 1; i <= 7; i++) {
    await expect(dialog.locator('.presenter-counter')).toHaveText(`${i} / 7`);
    if (i === 4) await expect(dialog.locator('.recharts-radar').first()).toBeVisible();
    const where = `${size.width}×${size.height} ${look.lang} ${look.theme} slide ${i}`;
    // The type is refitted on the frame after a change: poll until it has settled.
    let measure: SlideMeasure = { problems: ['not measured'], body: 0, title: 0, smallest: 0 };
    await expect
      .poll(async () => (measure = await measureSlide(page, 'phone' in size)).problems, {
        message: where,
      })
      .toEqual([]);
    expect(measure.body, `${where}: body text`).toBeGreaterThanOrEqual(size.minBody);
    expect(measure.title, `${where}: title`).toBeGreaterThan(measure.body);
    // Labels, source references and notes are smaller, but not tiny.
    expect(measure.smallest, `${where}: smallest text`).toBeGreaterThanOrEqual(size.minBody * 0.55);
    if (i === 1) await expectReachable([next, dialog.getByRole('button', { name: n.exit })]);
    if (i < 7) await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test.describe('presenter fits the window', () => {
  for (const size of SIZES) {
    test(`every slide's text is inside ${size.width}×${size.height} and uncovered`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      for (const look of size.looks) await checkSlides(page, size, look);
    });
  }

  test('the dense hybrid recommendation fits 1024×768, with controls shown and hidden', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('/?lang=en&s=hybrid');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Presenter' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('End');
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('Recommendation');
    await expect(dialog.locator('[data-tier]')).toHaveCount(2);
    await expect.poll(async () => (await measureSlide(page, false)).problems).toEqual([]);
    await page.keyboard.press('h');
    await expect(dialog.getByRole('button', { name: 'Next slide' })).toBeHidden();
    await expect.poll(async () => (await measureSlide(page, false)).problems).toEqual([]);
    expect((await measureSlide(page, false)).body).toBeGreaterThanOrEqual(14);
  });
});
