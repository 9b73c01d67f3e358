import { expect, test } from '@playwright/test';
import { docPath } from '../support';

function readingsOf(page: import('@playwright/test').Page, sentence: string) {
  return page
    .locator(`.block-zh [data-sentence="${sentence}"] [data-py]`)
    .evaluateAll((chars) => chars.map((char) => char.getAttribute('data-py')));
}

test('the pinyin toggle shows readings above the Chinese, right in context', async ({ page }) => {
  await page.goto(`/en${docPath}`);
  // Readings come from the document's readings file when pinyin is turned on, and are drawn by CSS.
  await expect(page.locator('.block-zh [data-py]')).toHaveCount(0);
  const firstChar = page.locator('.block-zh [data-py]').first();
  const readingShown = () => firstChar.evaluate((element) => getComputedStyle(element, '::after').content);
  const heading = page.getByRole('heading', { level: 2, name: '数字经济全面赋能产业、城市、生活' });
  await expect(heading).toBeVisible();
  const toggle = page.getByRole('button', { name: 'Pinyin' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(readingShown).toBe('"běi"');
  await expect(page).toHaveURL(/pinyin=1/);

  // The headline: 局长 is jú zhǎng, 张劲松 is Zhāng Jìnsōng.
  const headline = (await readingsOf(page, 'headline.1')).join(' ');
  expect(headline).toContain('jú zhǎng zhāng jìn sōng');
  const text = (await page.locator('.block-zh').allTextContents()).join('');
  expect(text).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔù]/);

  // Remembered on the next visit; turning it off hides readings again.
  await page.goto(`/en${docPath}`);
  await expect(page.getByRole('button', { name: 'Pinyin' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(readingShown).toBe('"běi"');
  await page.getByRole('button', { name: 'Pinyin' }).click();
  await expect.poll(readingShown).toBe('none');
});
