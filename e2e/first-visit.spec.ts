import { expect, test } from './fixtures';

test.describe('a first visit from a dark, Chinese browser', () => {
  test.use({ colorScheme: 'dark', locale: 'zh-CN' });

  test('opens dark and in Chinese, and keeps the plain address', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: '决策', exact: true })).toBeVisible();
    await expect(page.getByRole('switch', { name: '深色主题' })).toBeChecked();
    expect(new URL(page.url()).search).toBe('');
  });

  test('a link that names its language and theme keeps them', async ({ page }) => {
    await page.goto('/?v=1&lang=en&theme=light');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.getByRole('button', { name: 'Decision', exact: true })).toBeVisible();
  });
});
