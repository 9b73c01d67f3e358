import { expect, test } from '@playwright/test';

test('unknown pages answer with a localized 404, never a 500', async ({ page }) => {
  const unknownDocument = await page.goto('/zh/documents/no-such-document');
  expect(unknownDocument?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: '页面未找到' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  const unknownPath = await page.goto('/en/no/such/page');
  expect(unknownPath?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveTitle(/Page not found/);

  const unknownLocale = await page.goto('/fr/documents/beijing-digital-economy-2023');
  expect(unknownLocale?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Page not found|页面未找到/);

  await page.getByRole('link', { name: /Go to the library|前往文库/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Library|文库/ })).toBeVisible();

  // Server-rendered: readable without JavaScript, with its status.
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  const plain = await noJs.goto('/zh/glossary/no-such-term');
  expect(plain?.status()).toBe(404);
  await expect(noJs.getByRole('heading', { level: 1, name: '页面未找到' })).toBeVisible();
  await expect(noJs.getByRole('link', { name: '前往文库' })).toHaveAttribute('href', '/zh');
  await context.close();
});
