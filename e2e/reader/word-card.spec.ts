import { expect, test } from '@playwright/test';
import { charPoint, docPath, hoverChar } from '../support';

test('hovering a Chinese character shows the longest word there, with pinyin and definitions', async ({ page }) => {
  await page.goto(`/en${docPath}`);
  // s1-p4 opens 坚持数字赋能生活高品质升级: from 坚 the word is 坚持.
  const card = page.getByRole('dialog', { name: 'Word: 坚持' });
  await hoverChar(page, 's1-p4.1', '坚', card);
  await expect(card).toContainText('jiānchí');
  await expect(card).toContainText('to persevere with');
  await expect(card).toContainText('堅持');
  await expect(card.getByRole('link', { name: 'Dictionary: CC-CEDICT (CC BY-SA 4.0)' })).toHaveAttribute('href', '/en/about');
  // The hover leaves focus in the text.
  await expect(card).not.toBeFocused();

  // The card stays while the pointer moves onto it (WCAG 1.4.13), and Escape dismisses it.
  const box = await card.boundingBox();
  await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2, { steps: 4 });
  await page.waitForTimeout(500);
  await expect(card).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();

  // Another character, another word: 品质 (quality), read pǐnzhì.
  const quality = await charPoint(page, 's1-p4.1', '品');
  await page.mouse.move(quality.x, quality.y);
  const second = page.getByRole('dialog', { name: 'Word: 品质' });
  await expect(second).toContainText('pǐnzhì');
  await expect(second).toContainText('quality');

  // Pointer away from the text: the card closes.
  await page.mouse.move(5, 400);
  await expect(second).toBeHidden();

  // Over a glossary term the term card answers, not the word card.
  const term = page.locator('#s1-p4 .block-zh [data-term="lighthouse-community"]');
  await term.hover();
  await expect(page.getByRole('dialog', { name: /灯塔社区/ })).toBeVisible();
  await expect(page.locator('[data-word-card]')).toHaveCount(0);
});

test('a word of several readings lists the one the text uses first', async ({ page }) => {
  await page.goto(`/en${docPath}`);
  // 行业 in s2-p1 … the text reads 行 as háng.
  const sentence = await page.locator('.block-zh [data-sentence]', { hasText: '行业' }).first().getAttribute('data-sentence');
  const card = page.getByRole('dialog', { name: 'Word: 行业' });
  await hoverChar(page, sentence!, '行业', card);
  await expect(card).toContainText('hángyè');
  await expect(card).toContainText('industry');
});
