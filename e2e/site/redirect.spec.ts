import { expect, test } from '@playwright/test';

test('the root sends each visitor to the UI language their browser asks for', async ({ browser }) => {
  const zh = await browser.newContext({ locale: 'zh-CN', extraHTTPHeaders: { 'Accept-Language': 'zh-CN,zh;q=0.9,en;q=0.5' } });
  const zhPage = await zh.newPage();
  await zhPage.goto('/');
  await expect(zhPage).toHaveURL(/\/zh$/);
  await expect(zhPage.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(zhPage.getByRole('heading', { level: 1, name: '文库' })).toBeVisible();
  await zh.close();

  const en = await browser.newContext({ locale: 'en-GB', extraHTTPHeaders: { 'Accept-Language': 'en-GB,en;q=0.9' } });
  const enPage = await en.newPage();
  await enPage.goto('/');
  await expect(enPage).toHaveURL(/\/en$/);
  await expect(enPage.locator('html')).toHaveAttribute('lang', 'en');
  await expect(enPage.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await en.close();
});
