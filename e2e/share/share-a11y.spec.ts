import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { dragAcrossFirstLine, wcag } from './share-support';
import { docPath } from '../support';

test('the passage toolbar, the citation dialog and the highlights panel meet WCAG 2.2 AA', async ({ page }) => {
  test.setTimeout(150_000);
  const check = async (what: string) => {
    const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
    expect(
      results.violations.map(
        (violation) =>
          `${what}: ${violation.id} ${violation.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      ),
    ).toEqual([]);
  };

  await page.goto(`/en${docPath}?p=s1-p1&l=en&r=0-8&q=The%202023&n=A%20note#s1-p1`);
  await expect(page.getByRole('region', { name: 'Shared passage' })).toBeVisible();
  await dragAcrossFirstLine(page, page.locator('#s1-p2 .block-en [data-sentence="s1-p2.1"]'));
  const toolbar = page.getByRole('toolbar', { name: 'Actions for the selected text' });
  await toolbar.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByRole('textbox', { name: 'Note' })).toBeVisible();
  await check('toolbar');

  await toolbar.getByRole('button', { name: 'Copy citation' }).click();
  await expect(page.getByRole('dialog', { name: 'Cite this passage' })).toBeVisible();
  await check('citation');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'My highlights and notes' }).click();
  await expect(page.getByRole('dialog', { name: 'My highlights and notes' })).toBeVisible();
  await check('panel');
});
