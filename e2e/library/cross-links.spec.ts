import { expect, test } from '@playwright/test';
import { docPath, regulationsPath } from '../support';

test('the interview links to the Regulations at the article it cites, and the Regulations list where they are mentioned', async ({
  page,
}) => {
  await page.goto(`/en${docPath}`);
  // The full title, where the interview says the Regulations came into force, leads to Article 58.
  const cited = page.locator(`.block-zh a[data-doc-link][href$="${regulationsPath}#art-58"]`);
  await expect(cited).toHaveCount(1);
  await expect(cited).toHaveText('北京市数字经济促进条例');
  // The short 《条例》 links to the Regulations as a whole; so does the English.
  await expect(
    page
      .locator(`.block-zh a[data-doc-link][href$="${regulationsPath}"]`)
      .filter({ hasText: /^条例$/ })
      .first(),
  ).toBeVisible();
  await expect(page.locator(`.block-en a[data-doc-link][href$="${regulationsPath}#art-58"]`)).toHaveCount(1);
  await expect(page.locator('.doc-relations').getByText('Mentions', { exact: true })).toBeVisible();

  await cited.click();
  await expect(page).toHaveURL(new RegExp(`/en${regulationsPath}#art-58$`));
  await expect(page.locator('#art-58')).toBeInViewport();
  await expect(page.locator('#art-58 .block-zh')).toContainText('本条例自2023年1月1日起施行。');

  // The way back: "Mentioned in" names the interview and the passages that cite the Regulations.
  await page.goto(`/en${regulationsPath}`);
  const mentionedIn = page.locator('.doc-relations');
  await expect(mentionedIn.getByText('Mentioned in', { exact: true })).toBeVisible();
  await mentionedIn.getByRole('link', { name: /^in \d+ passages?$/ }).click();
  await expect(page).toHaveURL(new RegExp(`/en${docPath}#s\\d+-p\\d+$`));
  await expect(page.locator(`a[data-doc-link]`).first()).toBeVisible();
});
