import { expect, test } from '@playwright/test';
import { regulationsLines, regulationsPath } from '../support';

const articleLines = regulationsLines.filter((line) => /^第[一二三四五六七八九十]+条 /.test(line));

test('the Regulations read as a law: every article in both languages, labelled, under its chapter, with its legal status', async ({
  page,
}) => {
  await page.goto(`/en${regulationsPath}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Regulations for Promoting Digital Economy in Beijing' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: '北京市数字经济促进条例' })).toBeVisible();
  await expect(page.getByText('(15th Congress) No. 89').first()).toBeVisible();
  await expect(page.getByText(/Copyright Law/).first()).toBeVisible();

  // Nine chapters, as headings with the ids the contract names.
  const chapters = page.locator('[data-segment^="ch-"]');
  await expect(chapters).toHaveCount(9);
  await expect(page.getByRole('heading', { level: 2, name: 'Chapter III Data Resources' })).toBeVisible();
  await expect(page.locator('#ch-3')).toHaveAttribute('data-segment', 'ch-3');

  // All 58 articles, each in both languages, labelled as Chinese law is cited, the Chinese verbatim.
  expect(articleLines).toHaveLength(58);
  const articles = page.locator('[data-segment^="art-"]');
  await expect(articles).toHaveCount(58);
  for (let n = 1; n <= 58; n += 1) {
    const article = page.locator(`#art-${n}`);
    const zh = article.locator('.block-zh .block-text').first();
    const en = article.locator('.block-en .block-text').first();
    await expect(zh).toHaveText(articleLines[n - 1] ?? '');
    await expect(en.locator('.article-label')).toHaveText(`Article ${n}`);
    await expect(en).toHaveText(new RegExp(`^Article ${n} \\S`));
    await expect(article.locator('.block-en [data-sentence]').first()).toHaveAttribute('data-sentence', `art-${n}.1`);
  }
  // An article of several paragraphs keeps them, aligned: Article 10 has three.
  await expect(page.locator('#art-10 .block-zh .block-text')).toHaveCount(3);
  await expect(page.locator('#art-10 .block-en .block-text')).toHaveCount(3);
  await expect(page.locator('#art-10 .block-zh .block-text').nth(1)).toHaveText(
    regulationsLines[regulationsLines.indexOf(articleLines[9] ?? '') + 1] ?? '',
  );

  // The contents list the chapters with the articles each holds, and lead to them.
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await contents.getByRole('link', { name: /Chapter III Data Resources/ }).click();
  await expect(page).toHaveURL(/#ch-3$/);
  await expect(page.locator('#ch-3')).toBeInViewport();

  // The Chinese interface: the same law, labels in Chinese.
  await page.goto(`/zh${regulationsPath}`);
  await expect(page.locator('[data-segment^="art-"]')).toHaveCount(58);
  await expect(page.locator('#art-18 .block-zh .article-label')).toHaveText('第十八条');
  await expect(page.locator('#art-58 .block-en .block-text')).toHaveText('Article 58 These Regulations come into force on 1 January 2023.');
});
