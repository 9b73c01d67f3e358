import { expect, test } from '@playwright/test';
import { docPath } from '../support';

test('printing shows both languages side by side, whatever the screen layout', async ({ page }) => {
  await page.goto(`/en${docPath}?view=zh`);
  const zh = page.locator('#s2-p1 .block-zh');
  const en = page.locator('#s2-p1 .block-en');
  await expect(en).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  await expect(en).toBeVisible();
  const zhBox = await zh.boundingBox();
  const enBox = await en.boundingBox();
  expect(enBox!.x).toBeGreaterThan(zhBox!.x + zhBox!.width - 1);
  await expect(page.getByRole('radio', { name: 'Chinese only' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
});
