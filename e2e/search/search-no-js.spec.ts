import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('without JavaScript the search page says so and points to the glossary', async ({ page }) => {
  await page.goto('/en');
  // The header's search is a plain link to the search page.
  await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/en\/search$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Browse the glossary' })).toHaveAttribute('href', '/en/glossary');
  await expect(page.getByRole('searchbox')).toBeHidden();

  await page.goto('/zh/search?q=数字经济');
  await expect(page.getByText('搜索在浏览器中运行，需要启用 JavaScript')).toBeVisible();
  await expect(page.getByRole('link', { name: '浏览术语表' })).toHaveAttribute('href', '/zh/glossary');
});
