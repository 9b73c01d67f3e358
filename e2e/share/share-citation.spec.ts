import { expect, test } from '@playwright/test';
import { dragAcrossFirstLine } from './share-support';
import { docPath } from '../support';

test('Copy citation copies the passage in both languages with a Chicago reference, and offers BibTeX and CSL-JSON', async ({
  context,
  page,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/en${docPath}`);
  await dragAcrossFirstLine(page, page.locator('#s1-p2 .block-en [data-sentence="s1-p2.2"]'), 0.5);
  const button = page.getByRole('toolbar', { name: 'Actions for the selected text' }).getByRole('button', { name: 'Copy citation' });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Cite this passage' });
  await expect(dialog.getByText('The Chicago citation was copied.')).toBeVisible();
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation).toContain('Meng Zhu 孟竹. “北京市经济和信息化局');
  expect(citation).toContain("People's Daily Online 人民网, January 17, 2023. Translated by Duizhao. Accessed ");
  expect(citation).toContain(`/en${docPath}/passages/s1-p2.`);
  // The selected sentence, quoted in Chinese and in English.
  const zh = await page.locator('#s1-p2 .block-zh [data-sentence="s1-p2.2"]').textContent();
  const en = await page.locator('#s1-p2 .block-en [data-sentence="s1-p2.2"]').textContent();
  expect(citation).toContain(`“${zh}”\n“${en}”`);

  await expect(dialog.getByRole('tab', { name: 'Chicago', selected: true })).toBeVisible();
  await dialog.getByRole('tab', { name: 'BibTeX' }).click();
  await expect(dialog.getByRole('tabpanel')).toContainText('translator = {{Duizhao}}');
  await dialog.getByRole('tab', { name: 'CSL-JSON' }).click();
  await dialog.getByRole('button', { name: 'Copy CSL-JSON' }).click();
  const csl = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  expect(csl[0]).toMatchObject({
    type: 'article-newspaper',
    'container-title': "People's Daily Online 人民网",
    translator: [{ literal: 'Duizhao' }],
  });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});
