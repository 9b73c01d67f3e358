import { expect, test } from '@playwright/test';
import { docPath } from '../support';

// A passage opened by link lands under the header and stays there while the page settles: the
// islands hydrate, pinyin is set over the passages above it, and the theme and view apply.
const cases = [
  { path: `/en${docPath}?view=side&pinyin=1#s1-p3`, pinyin: true },
  { path: `/zh${docPath}?view=side#s2`, theme: 'dark' },
  { path: `/en/documents/bench-long-4x?pinyin=1#s3-p2-r3`, pinyin: true },
];

for (const { path, pinyin, theme } of cases) {
  test(`a passage opened by link stays under the header: ${path}`, async ({ page }) => {
    if (theme) await page.addInitScript((value) => localStorage.setItem('duizhao:theme', value), theme);
    await page.goto(path);
    const opened = page.locator(`[id="${path.split('#')[1]}"]`);
    await page.waitForLoadState('networkidle');
    if (pinyin) await expect(opened.locator('.block-zh [data-py]').first()).toBeAttached();
    const top = () => opened.evaluate((element) => Math.round(element.getBoundingClientRect().top));
    // The header's scroll-padding: 5rem.
    await expect.poll(top).toBe(80);
    await page.waitForTimeout(500);
    expect(await top()).toBe(80);
  });
}

test('a reload returns the reader to where they had read, not to the passage the link named', async ({ page }) => {
  await page.goto(`/en${docPath}?pinyin=1#s1-p3`);
  await page.waitForLoadState('networkidle');
  const opened = page.locator('#s1-p3');
  await expect.poll(() => opened.evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBe(80);
  await page.mouse.move(400, 400);
  await page.mouse.wheel(0, 1500);
  await expect.poll(() => page.evaluate(() => Math.round(scrollY))).toBeGreaterThan(1000);
  const read = await page.evaluate(() => Math.round(scrollY));

  await page.reload();
  await page.waitForLoadState('networkidle');
  await expect(opened.locator('.block-zh [data-py]').first()).toBeAttached();
  await page.waitForTimeout(500);
  expect(Math.abs((await page.evaluate(() => Math.round(scrollY))) - read)).toBeLessThan(100);
  expect(await opened.evaluate((element) => Math.round(element.getBoundingClientRect().top))).not.toBe(80);
});
