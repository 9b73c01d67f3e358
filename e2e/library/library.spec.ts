import { expect, test } from '@playwright/test';

test('the library lists the interview in both languages and opens it', async ({ page }) => {
  await page.goto('/en');
  const item = page.getByRole('listitem').filter({ hasText: 'Zhang Jinsong' });
  await expect(item).toHaveCount(1);
  await expect(item.getByText('北京市经济和信息化局党组书记、局长张劲松:加快全球数字经济标杆城市建设 助力构建新发展格局')).toBeVisible();
  await expect(item.getByText('January 17, 2023')).toBeVisible();
  await expect(item.getByText("Source: People's Daily Online")).toBeVisible();
  await expect(page.getByText('fixture', { exact: false })).toHaveCount(0);
  await expect(page.getByText('1 document')).toBeVisible();

  await item.getByRole('link').click();
  await expect(page).toHaveURL(/\/en\/documents\/beijing-digital-economy-2023$/);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
});
