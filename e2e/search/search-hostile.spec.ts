import { expect, test } from '@playwright/test';
import { gotoLive } from '../support';

test('markup, regex characters, huge and empty queries get a calm answer and never run', async ({ page }) => {
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));

  // The shortcut listens once the header has hydrated.
  await gotoLive(page, '/en');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  const box = dialog.getByRole('searchbox', { name: 'Search in Chinese, English or pinyin' });
  const status = dialog.getByRole('status');
  await expect(box).toBeFocused();
  await expect(status).toHaveText(/^Type a word in Chinese, English or pinyin/);

  await box.fill('<script>alert(1)</script>');
  await expect(status).toHaveText(
    'No results for “<script>alert(1)</script>”. Try fewer words, another form of the word, or the Chinese term.',
  );
  await expect(dialog.locator('script')).toHaveCount(0);

  await box.fill('<img src=x onerror=alert(2)>');
  await expect(status).toContainText('<img src=x onerror=alert(2)>');
  await expect(dialog.locator('img')).toHaveCount(0);

  await box.fill('.*(');
  await expect(status).toHaveText(/^No results for “\.\*\(”/);

  await box.fill('数'.repeat(2500) + 'x'.repeat(2500));
  await expect(status).toHaveText(/^No results for “数{60}…”/);

  await box.fill('   ');
  await expect(status).toHaveText(/^Type a word/);

  // The same through the shareable page.
  await page.goto(`/en/search?q=${encodeURIComponent('<script>alert(3)</script>')}`);
  await expect(page.getByRole('main').getByRole('status')).toContainText('<script>alert(3)</script>');
  await page.goto(`/zh/search?q=${encodeURIComponent('x'.repeat(5000))}`);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/^没有找到/);

  // And through a document link someone crafted: no highlight, no error.
  await page.goto(`/en/documents/beijing-digital-economy-2023?hl=${encodeURIComponent('<img src=x onerror=alert(4)>')}#%E0`);
  await page.goto(`/en/documents/beijing-digital-economy-2023?hl=${encodeURIComponent('.*(')}#s1-p3`);
  await expect(page.locator('#s1-p3')).toBeInViewport();
  expect(await page.evaluate(() => CSS.highlights.get('search-hit')?.size ?? 0)).toBe(0);

  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});
