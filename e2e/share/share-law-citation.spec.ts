import { expect, test } from '@playwright/test';
import { dragAcrossFirstLine } from './share-support';
import { regulationsPath } from '../support';

test('a passage of the Regulations is cited by article and paragraph, as legislation', async ({ context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/en${regulationsPath}`);
  // A sentence of Article 18's second paragraph.
  const sentence = page.locator('#art-18 .block-en .block-text').nth(1).locator('[data-sentence]').first();
  await dragAcrossFirstLine(page, sentence, 0.5);
  await page.getByRole('toolbar', { name: 'Actions for the selected text' }).getByRole('button', { name: 'Copy citation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite this passage' });
  await expect(dialog.getByText('The Chicago citation was copied.')).toBeVisible();
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation).toContain('Regulations for Promoting Digital Economy in Beijing [北京市数字经济促进条例], art. 18(2).');
  expect(citation).toContain(`/en${regulationsPath}/passages/art-18`);

  await dialog.getByRole('tab', { name: 'BibTeX' }).click();
  await expect(dialog.getByRole('tabpanel')).toContainText('@legislation{');
  await dialog.getByRole('tab', { name: 'CSL-JSON' }).click();
  await dialog.getByRole('button', { name: 'Copy CSL-JSON' }).click();
  const csl = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  expect(csl[0]).toMatchObject({ type: 'legislation', section: 'art. 18(2)' });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The article's own page is titled by its label, in both interfaces.
  await page.goto(`/en${regulationsPath}/passages/art-18`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Article 18');
  await expect(page).toHaveTitle(/^Article 18: .+ · Regulations for Promoting Digital Economy in Beijing · Duizhao$/);
  await expect(page.getByRole('region', { name: 'Cite this passage' }).getByRole('tabpanel')).toContainText('art. 18.');
  await page.goto(`/zh${regulationsPath}/passages/ch-3`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('第三章 数据资源');
});
