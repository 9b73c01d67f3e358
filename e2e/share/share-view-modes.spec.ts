import { expect, test } from '@playwright/test';
import { dragAcrossFirstLine, paintedText } from './share-support';
import { docPath } from '../support';

test('sharing works in the single-language views', async ({ context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/en${docPath}`);

  // Chinese only: select Chinese text, copy its link.
  await page.getByRole('radio', { name: 'Chinese only' }).check();
  const zhSelected = (await dragAcrossFirstLine(page, page.locator('#s1-p1 .block-zh [data-sentence="s1-p1.2"]'), 0.5)).trim();
  await page.getByRole('toolbar', { name: 'Actions for the selected text' }).getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('&l=zh&');

  // English only: the menu lists English sentences; the Chinese link shows its English counterpart.
  await page.getByRole('radio', { name: 'English only' }).check();
  await page.locator('#s1-p1').getByRole('button', { name: 'Passage actions' }).click();
  await expect(page.getByRole('menuitem', { name: /^Sentence 1 The 2023 Beijing/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.goto(link);
  await expect(page.locator('html')).toHaveAttribute('data-view', 'en');
  await expect.poll(() => paintedText(page, 'share-passage')).toEqual([zhSelected]);
  await expect
    .poll(() => paintedText(page, 'share-aligned'))
    .toEqual([await page.locator('#s1-p1 .block-en [data-sentence="s1-p1.2"]').textContent()]);
  await expect(page.locator('#s1-p1 .block-en [data-sentence="s1-p1.2"]')).toBeVisible();
});
