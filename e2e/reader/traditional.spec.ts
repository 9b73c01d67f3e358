import { expect, test } from '@playwright/test';
import { dragAcrossFirstLine, paintedText } from '../share/share-support';
import { docPath, hoverChar } from '../support';

test('Traditional characters: set by the URL, remembered, with search highlight, word cards, shared links and citations working', async ({
  browser,
  context,
  page,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // From a search result, in Traditional characters: the query (Simplified) is still highlighted.
  await page.goto(`/en${docPath}?script=hant&hl=${encodeURIComponent('数字经济')}#s1-p1`);
  const headline = page.locator('.block-zh [data-sentence="headline.1"]');
  await expect(headline).toContainText('北京市經濟和信息化局黨組書記');
  const blocks = page.locator('#s1-p1 .block-zh');
  await expect(blocks).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.getByRole('button', { name: 'Traditional' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => paintedText(page, 'search-hit')).toContain('數字經濟');

  // The word card looks the Traditional characters up as the words they are.
  const card = page.getByRole('dialog', { name: 'Word: 坚持' });
  await hoverChar(page, 's1-p4.1', '堅持', card);
  await expect(card).toContainText('jiānchí');
  await page.keyboard.press('Escape');

  // A passage cited from this view quotes it in Traditional characters and says so.
  await page.locator('#s1-p4').getByRole('button', { name: 'Passage actions' }).click();
  await page.getByRole('menuitem', { name: 'Copy citation' }).click();
  await expect(page.getByRole('dialog', { name: 'Cite this passage' })).toBeVisible();
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation).toContain('“堅持數字賦能生活高品質升級。');
  expect(citation).toContain('[Chinese in Traditional characters, converted by Duizhao from the official Simplified text]');
  await page.keyboard.press('Escape');

  // A selection in Traditional characters shares a link that opens on the Simplified text too.
  const selected = (await dragAcrossFirstLine(page, page.locator('#s1-p4 .block-zh [data-sentence="s1-p4.1"]'), 0.5)).trim();
  const traditional = '堅持數字賦能生活高品質升級';
  const at = traditional.indexOf(selected);
  expect(selected).toContain('數字賦能');
  expect(at).toBeGreaterThanOrEqual(0);
  const toolbar = page.getByRole('toolbar', { name: 'Actions for the selected text' });
  await toolbar.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('p=s1-p4&l=zh');
  const other = await browser.newContext();
  const reader = await other.newPage();
  await reader.goto(link);
  await expect.poll(() => paintedText(reader, 'share-passage')).toEqual(['坚持数字赋能生活高品质升级'.slice(at, at + selected.length)]);
  await expect(reader.locator('#s1-p4 .block-zh')).toHaveAttribute('lang', 'zh-CN');
  await other.close();

  // Copied, the Chinese says it is in Traditional characters.
  const copied = (await dragAcrossFirstLine(page, page.locator('#s1-p4 .block-zh [data-sentence="s1-p4.1"]'), 0.5)).trim();
  await page.keyboard.press('ControlOrMeta+c');
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toBe(`${copied}\n[繁體字，由對照據官方簡體文本轉換 · Traditional characters, converted by Duizhao from the official Simplified text]`);

  // A link's ?script= is for that visit; the toolbar's choice is remembered. Off, the text is as published.
  await page.goto(`/en${docPath}`);
  await expect(headline).toContainText('北京市经济和信息化局');
  await page.getByRole('button', { name: 'Traditional' }).click();
  await expect(page).toHaveURL(/script=hant/);
  await page.goto(`/en${docPath}`);
  await expect(headline).toContainText('北京市經濟和信息化局');
  await page.getByRole('button', { name: 'Traditional' }).click();
  await expect(headline).toContainText('北京市经济和信息化局党组书记');
  await expect(blocks).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: 'Traditional' })).toHaveAttribute('aria-pressed', 'false');
});

test('an unknown script falls back to Simplified, and pinyin works over Traditional characters', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('duizhao:script', 'hant'));
  await page.goto(`/en${docPath}?script=traditional`);
  await expect(page.locator('.block-zh [data-sentence="headline.1"]')).toContainText('北京市经济和信息化局');
  await expect(page.locator('#s1-p1 .block-zh')).toHaveAttribute('lang', 'zh-CN');

  await page.goto(`/zh${docPath}?script=hant&pinyin=1`);
  const word = page.locator('#s1-p4 .block-zh [data-py="jiānchí"]').first();
  await expect(word).toHaveText('堅持');
  // Back to Simplified with pinyin on: the same words, in the published characters.
  await page.getByRole('button', { name: '繁体' }).click();
  await expect(word).toHaveText('坚持');
});
