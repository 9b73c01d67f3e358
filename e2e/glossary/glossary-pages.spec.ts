import { expect, test } from '@playwright/test';

test('the glossary filters by Chinese, English and pinyin, and term pages link to every passage', async ({ page }) => {
  await page.goto('/en/glossary');
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  const entries = page.locator('[data-glossary-entry]');
  const total = await entries.count();
  expect(total).toBeGreaterThanOrEqual(35);
  await expect(page.getByRole('heading', { level: 2, name: 'Slogans and programmes' })).toBeVisible();

  const filter = page.getByRole('searchbox', { name: 'Filter terms' });
  for (const query of ['yiwangtongban', 'yi wang tong ban', 'yī wǎng tōng bàn', '网通', 'government services']) {
    await filter.fill(query);
    await expect(page.locator('[data-glossary-entry]:visible')).toHaveCount(1);
    await expect(page.locator('[data-glossary-entry="one-network-services"]')).toBeVisible();
  }
  await filter.fill('lighthouse');
  await expect(page.locator('[data-glossary-entry]:visible')).toHaveCount(2);
  await expect(page.getByRole('status')).toHaveText('Terms shown: 2');
  await filter.fill('<script>zzz');
  await expect(page.getByRole('status')).toHaveText('No term matches “<script>zzz”.');
  await expect(page.getByRole('heading', { level: 2, name: 'Slogans and programmes' })).toBeHidden();
  await filter.fill('');
  await expect(entries).toHaveCount(total);
  await expect(page.locator('[data-glossary-entry]:visible')).toHaveCount(total);

  await page.getByRole('link', { name: /一网通办/ }).click();
  await expect(page).toHaveURL(/\/en\/glossary\/one-network-services$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('One-Network Government Services');
  // Passages grouped by document, newest first: the interview (2023), then the Regulations (2022).
  const groups = page.getByRole('heading', { level: 3 });
  await expect(groups).toHaveText([
    /^Zhang Jinsong: .*\(1 passage\)$/,
    /^Regulations for Promoting Digital Economy in Beijing \(1 passage\)$/,
  ]);
  const passages = page.getByRole('link', { name: /Read this passage in context/ });
  await expect(passages).toHaveCount(2);
  await expect(passages.first()).toHaveAttribute('href', /\/en\/documents\/beijing-digital-economy-2023#s1-p3$/);
  await expect(passages.nth(1)).toHaveAttribute('href', /\/en\/documents\/beijing-digital-economy-promotion-regulations#art-\d+$/);
  await expect(page.locator('.occurrence mark').first()).toHaveText('一网通办');
  await passages.first().click();
  await expect(page.locator('#s1-p3')).toBeInViewport();

  const missing = await page.goto('/zh/glossary/no-such-term');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: '页面未找到' })).toBeVisible();
});
