import { expect, test } from '@playwright/test';
import { docPath } from '../support';

test('hovering, focusing or tapping a sentence highlights its counterpart', async ({ page }) => {
  await page.goto(`/en${docPath}`);
  const zhSentence = page.locator('.block-zh [data-sentence="s1-p1.2"]');
  const enSentence = page.locator('.block-en [data-sentence="s1-p1.2"]');

  await zhSentence.hover();
  await expect(enSentence).toHaveAttribute('data-hover', '');
  await expect(page.locator('.block-en [data-sentence="s1-p1.1"]')).not.toHaveAttribute('data-hover', '');

  await page.locator('.block-en [data-sentence="s2-p1.1"]').hover();
  await expect(page.locator('.block-zh [data-sentence="s2-p1.1"]')).toHaveAttribute('data-hover', '');
  await expect(enSentence).not.toHaveAttribute('data-hover', '');

  // Keyboard: the text is one Tab stop; arrows move sentence by sentence. The pointer leaves the
  // text first: focusing scrolls, and a sentence sliding under a resting pointer is hovered.
  await page.mouse.move(0, 0);
  const first = page.locator('[data-sentence]').first();
  await first.focus();
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const second = page.locator('[data-sentence]').nth(1);
  await expect(second).toBeFocused();
  const id = await second.getAttribute('data-sentence');
  await expect(page.locator(`.block-en [data-sentence="${id}"]`)).toHaveAttribute('data-hover', '');

  // Tap (click) pins the pair until tapped again.
  await page.mouse.move(0, 0);
  await zhSentence.click();
  await expect(enSentence).toHaveAttribute('data-pinned', '');
  await zhSentence.click();
  await expect(enSentence).not.toHaveAttribute('data-pinned', '');
});
