import { expect, test } from './fixtures';
import { applyScenario, seriousViolations } from './helpers';

// One test per view and theme: the catalogue view alone (editor, import and the seed's
// tables: ~4,000 elements) takes axe several seconds.
for (const theme of ['light', 'dark'] as const) {
  const open = async (page: import('@playwright/test').Page, query = '') => {
    await page.goto(`/${query}`);
    if (theme === 'dark') await page.getByRole('switch', { name: 'Dark theme' }).click();
  };

  test(`no serious or critical axe violation on the dashboard and in the stack details (${theme})`, async ({
    page,
  }) => {
    await open(page);
    await applyScenario(page, 'Edge computing');
    await expect(page.getByRole('region', { name: 'Compare stacks' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page
      .getByRole('button', { name: /^Details for / })
      .first()
      .click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`no serious or critical axe violation on the decision path (${theme})`, async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Decision path' }).click();
    await expect(page.locator('.diagram-svg svg')).toHaveCount(4);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`no serious or critical axe violation in the How sure? view, English and Chinese (${theme})`, async ({
    page,
  }) => {
    for (const lang of ['en', 'zh'] as const) {
      // Judgements that contradict each other: the consistency warning is on the page too.
      await page.goto(`/?view=confidence&lang=${lang}&theme=${theme}&ahp=9b1111111111111`);
      await expect(page.locator('.recharts-surface').first()).toBeVisible();
      await expect(
        page.getByRole('region', { name: lang === 'en' ? 'Group review' : '小组评审' }),
      ).toBeVisible();
      expect(await seriousViolations(page), lang).toEqual([]);
    }
  });

  test(`no serious or critical axe violation in the catalogue view (${theme})`, async ({
    page,
  }) => {
    await open(page);
    await page.getByRole('button', { name: 'Catalogue' }).click();
    await expect(page.getByRole('region', { name: 'Edit the catalogue' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
