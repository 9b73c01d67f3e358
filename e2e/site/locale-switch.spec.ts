import { expect, test } from '@playwright/test';
import { docPath, gotoLive } from '../support';

test('switching UI language keeps the page, the view and the place in the text', async ({ page }) => {
  await gotoLive(page, `/en${docPath}`);
  await page.getByRole('radio', { name: 'Chinese only' }).check();
  // The place is read from the layout: scroll once the view has collapsed the English.
  await expect(page.locator('html')).toHaveAttribute('data-view', 'zh');
  await page.locator('#s3-p2').scrollIntoViewIfNeeded();
  await page.evaluate(() => {
    const target = document.getElementById('s3-p2');
    if (target) window.scrollTo(0, target.getBoundingClientRect().top + window.scrollY - 90);
  });

  // A real click at the link's place: locator.click() may scroll first, which a reader's click does not.
  const toZh = page.getByRole('link', { name: '中文 – read this page with the Chinese interface' });
  await expect(toZh).toBeVisible();
  const box = await toZh.boundingBox();
  await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await expect(page).toHaveURL(/\/zh\/documents\/beijing-digital-economy-2023\?view=zh#s3-p2$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('radio', { name: '仅中文' })).toBeChecked();
  await expect(page.locator('#s3-p2')).toBeInViewport();

  const toEn = page.getByRole('link', { name: 'English – 用英文界面阅读本页' });
  await expect(toEn).toBeVisible();
  const enBox = await toEn.boundingBox();
  await page.mouse.click(enBox!.x + enBox!.width / 2, enBox!.y + enBox!.height / 2);
  await expect(page).toHaveURL(/\/en\/documents\/beijing-digital-economy-2023\?view=zh#s3-p2$/);
  await expect(page.getByRole('radio', { name: 'Chinese only' })).toBeChecked();
});
