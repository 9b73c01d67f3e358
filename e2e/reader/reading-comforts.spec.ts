import { expect, test } from '@playwright/test';
import { docPath } from '../support';

test('text size and theme are the reader’s to choose, and stay chosen', async ({ page }) => {
  await page.goto(`/en${docPath}`);
  const paragraph = page.locator('#s1-p1 .block-en .block-text');
  const sizeOf = () => paragraph.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  const before = await sizeOf();
  await page.getByRole('button', { name: 'Larger text' }).click();
  await expect.poll(sizeOf).toBeGreaterThan(before);
  await page.getByRole('button', { name: 'Larger text' }).click();
  await expect(page.getByRole('button', { name: 'Larger text' })).toBeDisabled();
  const larger = await sizeOf();
  await page.getByRole('button', { name: 'Smaller text' }).click();
  await expect.poll(sizeOf).toBeLessThan(larger);

  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await background();
  await page.getByRole('button', { name: /Theme/ }).click();
  await page.getByRole('menuitemradio', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(background).not.toBe(light);

  // Remembered on the next visit, before any script of ours runs after load.
  await page.goto('/zh/glossary');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto(`/en${docPath}`);
  await expect.poll(sizeOf).toBeGreaterThan(before);

  // The menu loads on first use; from the keyboard it opens on the checked choice.
  await page.getByRole('button', { name: /Theme/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitemradio', { name: 'Dark' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(page.getByRole('button', { name: /Theme/ })).toBeFocused();

  // "System" follows the operating system again.
  await page.getByRole('button', { name: /Theme/ }).click();
  await page.getByRole('menuitemradio', { name: 'System' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  await expect.poll(background).toBe(light);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(background).not.toBe(light);
});
