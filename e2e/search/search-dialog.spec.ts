import { expect, test } from '@playwright/test';
import { docPath } from '../support';

test('the header search finds Chinese substrings, English word forms, pinyin terms and Traditional as you type', async ({ page }) => {
  await page.goto(`/en${docPath}`);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  const box = dialog.getByRole('searchbox', { name: 'Search in Chinese, English or pinyin' });
  await expect(box).toBeFocused();
  const status = dialog.getByRole('status');
  const passages = dialog.getByRole('region', { name: 'In the texts' });
  const terms = dialog.getByRole('list', { name: 'Glossary' });

  // A Chinese substring inside longer words, highlighted where it matched, with the aligned English beside it.
  await box.fill('数字经');
  await expect(status).toHaveText(/\d+ passages/);
  const first = passages.getByRole('listitem').first();
  await expect(first.locator('[lang="zh-CN"] mark').first()).toHaveText('数字经');
  await expect(first.locator('.search-hit-en')).not.toBeEmpty();
  await expect(first.getByRole('link')).toHaveAttribute('href', /\/en\/documents\/beijing-digital-economy-2023\?hl=.+#[a-z0-9-]+$/);

  // English by stem: the plural finds the singular too.
  await box.fill('factories');
  await expect(passages.locator('[lang="en"] mark').first()).toHaveText(/^factor(y|ies)$/i);
  await expect(passages.locator('[lang="en"] mark')).toContainText(['Factories', 'factory']);

  // Pinyin without tones or spaces names a glossary term: the term comes first, then the passages holding it.
  await box.fill('yiwangtongban');
  await expect(status).toHaveText('1 glossary term and 2 passages');
  const term = terms.getByRole('link').first();
  await expect(term).toContainText('一网通办');
  await expect(term).toHaveAttribute('href', '/en/glossary/one-network-services');
  const termBox = await terms.boundingBox();
  const passageBox = await passages.boundingBox();
  expect(termBox!.y).toBeLessThan(passageBox!.y);
  await expect(passages.locator('mark').first()).toHaveText('一网通办');

  // Traditional characters find the Simplified text.
  await box.fill('一網通辦');
  await expect(passages.locator('[lang="zh-CN"] mark').first()).toHaveText('一网通办');
  await expect(passages.getByRole('link').first()).toHaveAttribute('href', /#s1-p3$/);

  // A mixed query needs both parts.
  await box.fill('5G 基站');
  await expect(status).toHaveText('2 passages');
  await expect(passages.locator('mark').first()).toHaveText(/5G/);

  // A bilingual query matches the aligned pair: each part highlighted in the language that holds it.
  await box.fill('基站 stations');
  await expect(passages.locator('[lang="zh-CN"] mark').first()).toHaveText('基站');
  await expect(passages.locator('[lang="en"] mark').first()).toHaveText('stations');
});
