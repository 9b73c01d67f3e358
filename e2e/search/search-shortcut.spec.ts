import { expect, test } from '@playwright/test';
import { docPath } from '../support';

test('/ and Ctrl+K open the search from anywhere, Escape closes it and returns focus', async ({ page }) => {
  await page.goto(`/en${docPath}`);
  const dialog = page.getByRole('dialog', { name: 'Search' });
  const box = dialog.getByRole('searchbox', { name: 'Search in Chinese, English or pinyin' });
  const trigger = page.getByRole('button', { name: 'Search', exact: true });

  // From the reading text (a focused sentence), `/` opens the dialog with the box focused.
  await page.locator('[data-sentence]').first().focus();
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await expect(box).toBeFocused();
  // Inside a field, `/` is just a character.
  await page.keyboard.type('5G/');
  await expect(box).toHaveValue('5G/');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await expect(box).toBeFocused();
  // The query is kept between openings, selected so typing replaces it.
  await page.keyboard.type('factories');
  await expect(box).toHaveValue('factories');
  await expect(dialog.getByRole('status')).toHaveText(/2 passages/);

  // Arrow keys walk from the box into the results.
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
});
