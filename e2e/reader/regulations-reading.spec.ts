import { expect, test } from '@playwright/test';
import { regulationsPath } from '../support';

test('the reader’s tools work on the Regulations: view modes, pinyin, sentence pairs across paragraphs, term cards', async ({ page }) => {
  await page.goto(`/en${regulationsPath}`);
  const article = page.locator('#art-10');

  // Side by side: each paragraph's Chinese beside its English.
  await expect(page.getByRole('radio', { name: 'Side by side' })).toBeChecked();
  const zhBox = await article.locator('.block-zh').boundingBox();
  const enBox = await article.locator('.block-en').boundingBox();
  expect(enBox!.x).toBeGreaterThan(zhBox!.x + zhBox!.width - 1);
  await page.getByRole('radio', { name: 'Chinese only' }).check();
  await expect(page).toHaveURL(/view=zh/);
  await expect(article.locator('.block-en')).toBeHidden();
  await page.getByRole('radio', { name: 'Side by side' }).check();

  // Sentences are numbered across an article's paragraphs; the pair lights up in either language.
  const secondParagraph = article.locator('.block-zh .block-text').nth(1).locator('[data-sentence]').first();
  const key = await secondParagraph.getAttribute('data-sentence');
  expect(key).toMatch(/^art-10\.[2-9]$/);
  await secondParagraph.hover();
  await expect(article.locator(`.block-en [data-sentence="${key}"]`)).toHaveAttribute('data-hover', '');

  // Pinyin: readings over the article's sentences (the label, printed by the reader, is not a sentence).
  await page.getByRole('button', { name: 'Pinyin' }).click();
  await expect(page).toHaveURL(/pinyin=1/);
  await expect.poll(() => page.locator('#art-1 .block-zh [data-py]').count()).toBeGreaterThan(30);
  const readings = await page
    .locator('#art-58 .block-zh [data-py]')
    .evaluateAll((words) => words.map((word) => word.getAttribute('data-py')));
  expect(readings.slice(0, 3)).toEqual(['běn', 'tiáolì', 'zì']);

  // A term of the data chapter opens its card, with its counterpart marked.
  const term = page.locator('#art-16 .block-zh [data-term="public-data-catalogue"]').first();
  await term.hover();
  const card = page.getByRole('dialog', { name: /公共数据目录/ });
  await expect(card).toBeVisible();
  await expect(card).toContainText('public data catalogue');
  await expect(page.locator('#art-16 .block-en [data-term="public-data-catalogue"]').first()).toHaveAttribute('data-term-hl', '');
});
