import { expect, test } from './fixtures';
import { applyScenario, seriousViolations } from './helpers';

for (const theme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violation in any view (${theme})`, async ({ page }) => {
    await page.goto('/');
    if (theme === 'dark') await page.getByRole('checkbox', { name: 'Dark theme' }).check();
    await applyScenario(page, 'Edge computing');
    await expect(page.getByRole('region', { name: 'Compare stacks' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page
      .getByRole('button', { name: /^Details for / })
      .first()
      .click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Decision path' }).click();
    await expect(page.locator('.diagram-svg svg')).toHaveCount(4);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Catalogue' }).click();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
