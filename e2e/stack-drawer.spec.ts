import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';

import { expect, test } from './fixtures';

/** The stack details drawer (the one open dialog). */
const drawer = (page: Page) => page.getByRole('dialog');

/** The drawer's section navigation. */
const sectionNav = (dialog: Locator, name = 'Sections') => dialog.getByRole('navigation', { name });

/** The drawer's scrolling body. */
const body = (dialog: Locator) => dialog.locator('.drawer-body');

/** Fails unless `heading` starts in the top 48 px of the drawer body, under the navigation. */
async function expectAtTop(dialog: Locator, heading: Locator) {
  await expect(heading).toBeInViewport();
  const [box, bodyBox] = await Promise.all([heading.boundingBox(), body(dialog).boundingBox()]);
  expect(box!.y - bodyBox!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y - bodyBox!.y).toBeLessThan(48);
}

test('Explain opens the drawer at the explanation, Details at the top; the sections are a keyboard away', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?lang=en');

  // Explain (the recommendation) → "Why this score", its heading focused and marked current.
  await page
    .getByRole('region', { name: 'Recommendation' })
    .getByRole('button', { name: /^Explain / })
    .filter({ visible: true })
    .first()
    .click();
  const dialog = drawer(page);
  const nav = sectionNav(dialog);
  const why = dialog.getByRole('heading', { name: 'Why this score', level: 3 });
  await expect(why).toBeFocused();
  await expectAtTop(dialog, why);
  await expect(nav.getByRole('link', { name: 'Why this score' })).toHaveAttribute(
    'aria-current',
    'location',
  );
  await expect(nav.locator('[aria-current]')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Details (a ranking row) → the overview at the top, Close focused.
  const details = page.getByRole('button', { name: /^Details for / }).first();
  await details.click();
  const close = dialog.getByRole('button', { name: 'Close the stack details' });
  await expect(close).toBeFocused();
  await expect(body(dialog)).toHaveJSProperty('scrollTop', 0);
  await expect(dialog.getByRole('heading', { name: 'Overview', level: 3 })).toBeInViewport();
  await expect(nav.getByRole('link', { name: 'Overview' })).toHaveAttribute(
    'aria-current',
    'location',
  );

  // Tab from Close into the navigation, Enter on "Production cases".
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Overview' })).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Production cases' })).toBeFocused();
  await page.keyboard.press('Enter');
  const cases = dialog.getByRole('heading', { name: 'Production cases', level: 3 });
  await expect(cases).toBeFocused();
  await expectAtTop(dialog, cases);
  await expect(nav.getByRole('link', { name: 'Production cases' })).toHaveAttribute(
    'aria-current',
    'location',
  );
  await expect(nav.getByRole('link', { name: 'Overview' })).not.toHaveAttribute(
    'aria-current',
    /.*/,
  );

  // Scrolling back up moves the current mark with it; the overview's fit link opens the checks.
  await body(dialog).evaluate((el) => el.scrollTo({ top: 0 }));
  await expect(nav.getByRole('link', { name: 'Overview' })).toHaveAttribute(
    'aria-current',
    'location',
  );
  await body(dialog).getByRole('link', { name: 'Requirement checks' }).click();
  const fit = dialog.getByRole('heading', { name: 'Requirement checks', level: 3 });
  await expect(fit).toBeFocused();
  await expectAtTop(dialog, fit);

  // A layer's facts link jumps into the facts, which the navigation marks.
  await body(dialog).evaluate((el) => el.scrollTo({ top: 0 }));
  await dialog
    .getByRole('link', { name: /^Facts of / })
    .nth(3)
    .click();
  await expect(page.locator(':focus')).toHaveId('drawer-facts-storage');
  await expectAtTop(dialog, page.locator(':focus'));
  await expect(nav.getByRole('link', { name: 'Layer facts' })).toHaveAttribute(
    'aria-current',
    'location',
  );

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(details).toBeFocused();
});

test('on a phone the drawer fills the screen, its header and Close fit, nothing scrolls sideways, axe is clean', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // Both languages and both themes in two passes (axe is the slow part).
  for (const [lang, theme] of [
    ['en', 'light'],
    ['zh', 'dark'],
  ] as const) {
    const t =
      lang === 'en'
        ? { details: /^Details for /, close: 'Close the stack details', nav: 'Sections' }
        : { details: / 的详情$/, close: '关闭技术栈详情', nav: '章节' };
    await page.goto(`/?lang=${lang}&theme=${theme}`);
    await page.getByRole('button', { name: t.details }).first().click();
    const dialog = drawer(page);
    const close = dialog.getByRole('button', { name: t.close });
    await expect(close).toBeFocused();
    // Measured where it comes to rest, after its slide-in.
    await dialog.evaluate((d) => Promise.all(d.getAnimations().map((a) => a.finished)));

    const geometry = await dialog.evaluate((d) => {
      const inner = d.querySelector('.drawer-body')!;
      const button = d.querySelector('.drawer-close')!.getBoundingClientRect();
      const title = d.querySelector('h2')!.getBoundingClientRect();
      const hit = document.elementFromPoint(
        button.left + button.width / 2,
        button.top + button.height / 2,
      );
      return {
        dialog: d.getBoundingClientRect().toJSON() as DOMRect,
        button: button.toJSON() as DOMRect,
        title: title.toJSON() as DOMRect,
        closeOnTop: hit !== null && d.querySelector('.drawer-close')!.contains(hit),
        bodyOverflow: inner.scrollWidth - inner.clientWidth,
        dialogOverflow: d.scrollWidth - d.clientWidth,
      };
    });
    expect(geometry.dialog.left).toBe(0);
    expect(geometry.dialog.width).toBe(390);
    expect(geometry.button.left).toBeGreaterThanOrEqual(0);
    expect(geometry.button.right).toBeLessThanOrEqual(390);
    expect(geometry.button.top).toBeGreaterThanOrEqual(0);
    expect(geometry.closeOnTop).toBe(true);
    expect(geometry.title.right).toBeLessThanOrEqual(390);
    expect(geometry.bodyOverflow).toBe(0);
    expect(geometry.dialogOverflow).toBe(0);
    // The header and the navigation leave most of the screen to the content.
    expect((await body(dialog).boundingBox())!.y).toBeLessThan(844 / 3);

    // Every section is reachable; the explanation's cards do not scroll sideways either.
    const nav = sectionNav(dialog, t.nav);
    await expect(nav.getByRole('link')).toHaveCount(6);
    await nav.getByRole('link').nth(1).click();
    await expect(nav.getByRole('link').nth(1)).toHaveAttribute('aria-current', 'location');
    expect(await body(dialog).evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);

    const axe = await new AxeBuilder({ page }).include('.stack-drawer').analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      `${lang} ${theme}`,
    ).toEqual([]);
  }
});
