import { expect, test } from '@playwright/test';
import { docPath } from '../support';

test('each passage has its own page with context, a citation and an Open Graph image', async ({ context, page, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/en${docPath}/passages/s1-p1`);
  await expect(page.getByRole('heading', { level: 1, name: 'Passage s1-p1' })).toBeVisible();
  const main = page.getByRole('region', { name: 'Passage s1-p1' });
  await expect(main.locator('blockquote[lang="zh-CN"]')).toContainText('2023年北京政府工作报告中指出');
  await expect(main.locator('blockquote[lang="en"]')).toContainText('Government Work Report');
  await expect(page.getByRole('region', { name: 'Before this passage' })).toContainText('数字经济全面赋能产业、城市、生活');
  await expect(page.getByRole('region', { name: 'After this passage' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Read it in the document' })).toHaveAttribute('href', `/en${docPath}#s1-p1`);

  // Citation: Chicago by default, BibTeX and CSL-JSON on request.
  const cite = page.getByRole('region', { name: 'Cite this passage' });
  await expect(cite.getByRole('tabpanel')).toContainText("People's Daily Online");
  await expect(cite.getByRole('tabpanel')).toContainText('Translated by Duizhao');
  await expect(cite.getByRole('tabpanel')).toContainText(`/en${docPath}/passages/s1-p1`);
  await cite.getByRole('tab', { name: 'BibTeX' }).click();
  await expect(cite.getByRole('tabpanel')).toContainText('@online{duizhao:beijing-digital-economy-2023:s1-p1');
  await cite.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(cite.getByRole('status')).toHaveText('Copied: BibTeX');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('urldate = {');
  await cite.getByRole('tab', { name: 'CSL-JSON' }).click();
  const csl = JSON.parse((await cite.getByRole('tabpanel').locator('pre').textContent()) ?? '[]');
  expect(csl[0]).toMatchObject({ type: 'article-newspaper', URL: expect.stringContaining('/passages/s1-p1') });

  // The card for social previews exists and is an image.
  const image = page.locator('meta[property="og:image"]');
  await expect(image).toHaveAttribute('content', /\/en\/documents\/beijing-digital-economy-2023\/passages\/s1-p1\/opengraph-image/);
  const response = await request.get(new URL((await image.getAttribute('content'))!).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\/png/);
  expect((await response.body()).subarray(1, 4).toString()).toBe('PNG');

  // Chinese interface, next passage.
  await page.goto(`/zh${docPath}/passages/s1-p1`);
  await expect(page.getByRole('heading', { level: 1, name: '段落 s1-p1' })).toBeVisible();
  await page.getByRole('link', { name: /下一段/ }).click();
  await expect(page).toHaveURL(new RegExp(`/zh${docPath}/passages/s1-p2$`));
});
