import { expect, test } from './fixtures';

test('app loads with its title and main heading', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Stack Decision Matrix');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Stack Decision Matrix' }),
  ).toBeVisible();
});
