import { expect, test } from '@playwright/test';
import { docPath } from '../support';

test('each view mode shows the right languages, is remembered and can be set by URL', async ({ page }) => {
  await page.goto(`/en${docPath}`);
  const segment = page.locator('#s1-p1');
  const zh = segment.locator('.block-zh');
  const en = segment.locator('.block-en');

  // Default on a wide screen: side by side.
  const side = page.getByRole('radio', { name: 'Side by side' });
  await expect(side).toBeChecked();
  const zhBox = await zh.boundingBox();
  const enBox = await en.boundingBox();
  expect(enBox!.x).toBeGreaterThan(zhBox!.x + zhBox!.width - 1);
  expect(Math.abs(enBox!.y - zhBox!.y)).toBeLessThan(5);

  await page.getByRole('radio', { name: 'Interleaved' }).check();
  await expect(page).toHaveURL(/view=interleaved/);
  const zhStacked = await zh.boundingBox();
  const enStacked = await en.boundingBox();
  expect(enStacked!.y).toBeGreaterThan(zhStacked!.y + zhStacked!.height - 1);

  await page.getByRole('radio', { name: 'Chinese only' }).check();
  await expect(zh).toBeVisible();
  await expect(en).toBeHidden();
  // One tap shows the other language of that paragraph, and hides it again.
  const show = segment.getByRole('button', { name: 'Show English' });
  await show.click();
  await expect(en).toBeVisible();
  await expect(segment.getByRole('button', { name: 'Hide English' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#s1-p2 .block-en')).toBeHidden();
  await segment.getByRole('button', { name: 'Hide English' }).click();
  await expect(en).toBeHidden();

  await page.getByRole('radio', { name: 'English only' }).check();
  await expect(zh).toBeHidden();
  await expect(en).toBeVisible();
  await expect(segment.getByRole('button', { name: 'Show Chinese' })).toBeVisible();

  // Remembered across visits.
  await page.goto(`/en${docPath}`);
  await expect(page.getByRole('radio', { name: 'English only' })).toBeChecked();
  await expect(zh).toBeHidden();

  // A link's view wins for that visit, without changing what is remembered.
  await page.goto(`/en${docPath}?view=zh`);
  await expect(page.getByRole('radio', { name: 'Chinese only' })).toBeChecked();
  await expect(en).toBeHidden();
  await page.goto(`/en${docPath}`);
  await expect(page.getByRole('radio', { name: 'English only' })).toBeChecked();

  // A bad view parameter falls back to the remembered or default mode, never an error.
  const response = await page.goto(`/en${docPath}?view=%3Cscript%3E`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('radio', { name: 'English only' })).toBeChecked();
});
