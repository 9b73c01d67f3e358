import { expect, test } from '@playwright/test';
import { docPath } from '../support';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

const overflow = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('on a 360 px phone the search opens full screen and nothing scrolls sideways', async ({ page }) => {
  for (const path of ['/en', `/zh${docPath}`, '/en/search?q=factories', '/zh/search?q=数字经']) {
    await page.goto(path);
    await expect(page.getByRole('banner')).toBeVisible();
    expect(await overflow(page), path).toBeLessThanOrEqual(0);
  }

  await page.goto(`/en${docPath}`);
  await page.getByRole('button', { name: 'Search', exact: true }).tap();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('searchbox', { name: 'Search in Chinese, English or pinyin' }).fill('数字经济 digital');
  await expect(dialog.getByRole('region', { name: 'In the texts' }).getByRole('listitem').first()).toBeVisible();
  const box = await dialog.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.width).toBeLessThanOrEqual(360);
  const widest = await dialog.evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(widest).toBeLessThanOrEqual(0);

  // Tapping anywhere on a result card follows its link.
  // (A touch at the card's English text, which is not itself the link.)
  const text = await dialog
    .getByRole('region', { name: 'In the texts' })
    .getByRole('listitem')
    .first()
    .locator('.search-hit-en')
    .boundingBox();
  await page.touchscreen.tap(text!.x + text!.width / 2, text!.y + text!.height / 2);
  await expect(page).toHaveURL(/\?hl=.+#[a-z0-9-]+$/);
});
