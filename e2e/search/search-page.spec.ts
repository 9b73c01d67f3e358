import { expect, test } from '@playwright/test';

test('the results page works from a shared URL, follows typing in the URL and survives a reload', async ({ page }) => {
  await page.goto('/en/search?q=factories');
  await expect(page).toHaveTitle(/^Search · Duizhao$/);
  const box = page.getByRole('main').getByRole('searchbox', { name: 'Search in Chinese, English or pinyin' });
  await expect(box).toHaveValue('factories');
  const passages = page.getByRole('region', { name: 'In the texts' });
  await expect(page.getByRole('main').getByRole('status')).toHaveText('2 glossary terms and 2 passages');
  const link = passages.getByRole('link').first();
  await expect(link).toHaveAttribute('href', /^\/en\/documents\/beijing-digital-economy-2023\?hl=factories#s1-p2$/);

  // Typing updates the address, so the page can be shared as it is.
  await box.fill('一網通辦');
  await expect(page).toHaveURL(/\/en\/search\?q=%E4%B8%80%E7%B6%B2%E9%80%9A%E8%BE%A6$/);
  await expect(passages.getByRole('link').first()).toHaveAttribute('href', /#s1-p3$/);

  await page.reload();
  await expect(box).toHaveValue('一網通辦');
  await expect(passages.locator('mark').first()).toHaveText('一网通办');
  const href = await passages.getByRole('link').first().getAttribute('href');
  expect(href).toMatch(/^\/en\/documents\/beijing-digital-economy-2023\?hl=.+#s1-p3$/);

  // The Chinese interface, same engine.
  await page.goto('/zh/search?q=yiwangtongban');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('1 个术语和2 段原文');
  await expect(page.getByRole('list', { name: '术语表' }).getByRole('link')).toHaveAttribute('href', '/zh/glossary/one-network-services');
  await expect(page.getByRole('region', { name: '原文与译文' }).getByRole('link').first()).toHaveAttribute(
    'href',
    /^\/zh\/documents\/.+#s1-p3$/,
  );
});
