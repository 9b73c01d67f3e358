import { expect, test } from '@playwright/test';
import { docPath } from '../support';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

test('on a 360 px phone the reader interleaves paragraphs with no horizontal scroll', async ({ page }) => {
  for (const path of ['/en', `/en${docPath}`, `/zh${docPath}`, '/zh/nowhere']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.goto(`/en${docPath}`);
  await expect(page.getByRole('radio', { name: 'Interleaved' })).toBeChecked();
  const zh = await page.locator('#s1-p1 .block-zh').boundingBox();
  const en = await page.locator('#s1-p1 .block-en').boundingBox();
  expect(en!.y).toBeGreaterThan(zh!.y + zh!.height - 1);

  // The contents fold above the text; opening them jumps to a section.
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await expect(contents.getByRole('link').first()).toBeHidden();
  await page.locator('summary').filter({ hasText: 'Contents' }).tap();
  await contents.getByRole('link', { name: /Building a global digital economy benchmark city/ }).tap();
  await expect(page.locator('#s3')).toBeInViewport();

  // Tapping a sentence highlights its counterpart.
  await page.locator('.block-zh [data-sentence="s1-p2.1"]').tap();
  await expect(page.locator('.block-en [data-sentence="s1-p2.1"]')).toHaveAttribute('data-pinned', '');

  // Pinyin and all settings still fit.
  await page.getByRole('button', { name: /Pinyin/ }).tap();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
