import { expect, test } from '@playwright/test';
import { docPath } from '../support';

const highlighted = () => {
  const highlight = CSS.highlights.get('search-hit');
  return highlight ? [...highlight].map((range) => range.toString()) : [];
};

test('a result opens the document at its segment with the match highlighted', async ({ page }) => {
  await page.goto('/en');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('searchbox', { name: 'Search in Chinese, English or pinyin' }).fill('一網通辦');
  await dialog.getByRole('region', { name: 'In the texts' }).getByRole('link').first().click();

  await expect(page).toHaveURL(/\/en\/documents\/beijing-digital-economy-2023\?hl=.+#s1-p3$/);
  await expect(page.locator('#s1-p3')).toBeInViewport();
  // Drawn with the CSS Custom Highlight API, across the per-character pinyin spans.
  await expect.poll(() => page.evaluate(highlighted)).toEqual(['一网通办']);
  const inSegment = await page.evaluate(() => {
    const highlight = CSS.highlights.get('search-hit');
    const segment = document.getElementById('s1-p3');
    return highlight
      ? [...highlight].every((range) => Boolean(segment?.contains(range.startContainer) && segment.contains(range.endContainer)))
      : false;
  });
  expect(inSegment).toBe(true);

  // English matches highlight in the English text; the segment is not the first on the page.
  await page.goto(`/zh${docPath}?hl=factories#s1-p2`);
  await expect(page.locator('#s1-p2')).toBeInViewport();
  await expect.poll(() => page.evaluate(highlighted)).toEqual(['Factories', 'factory']);
});
