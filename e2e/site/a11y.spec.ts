import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { docPath, everyPageKind as pages, hoverChar } from '../support';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's WCAG 2.2 AA violations on the page as it is, each named with where it was found. */
async function violations(page: Page, where: string): Promise<string[]> {
  // label-content-name-mismatch (WCAG 2.5.3) is experimental in axe: asked for by name.
  const results = await new AxeBuilder({ page })
    .withTags(wcag)
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  return results.violations.map(
    (violation) =>
      `${where}: ${violation.id} ${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

for (const theme of ['light', 'dark'] as const) {
  test(`every page meets WCAG 2.2 AA in the ${theme} theme`, async ({ page }) => {
    // Twenty pages, each analysed whole: minutes on a busy 2-core machine.
    test.setTimeout(300_000);
    await page.addInitScript((value) => localStorage.setItem('duizhao:theme', value), theme);
    for (const path of pages) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      // A search page is checked with its results (and their document filter) shown.
      if (path.includes('?q=')) await expect(page.getByRole('main').getByRole('status')).toHaveText(/passages|段/);
      expect(await violations(page, path)).toEqual([]);
    }
  });
}

test('the reader with pinyin, a single-language view and the theme menu open meets WCAG 2.2 AA', async ({ page }) => {
  // Pinyin turns every Han character into its own element: axe needs longer on that page.
  test.setTimeout(120_000);
  await page.goto(`/zh${docPath}?view=zh&pinyin=1`);
  await page.getByRole('button', { name: '显示英文' }).first().click();
  await page.getByRole('button', { name: /主题/ }).click();
  await expect(page.getByRole('menuitemradio', { name: '深色' })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the reader with a word card open meets WCAG 2.2 AA in both locales, ${theme} theme`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.addInitScript((value) => localStorage.setItem('duizhao:theme', value), theme);
    for (const [locale, name] of [
      ['en', 'Word: 坚持'],
      ['zh', '词语：坚持'],
    ] as const) {
      await page.goto(`/${locale}${docPath}`);
      await hoverChar(page, 's1-p4.1', '坚持', page.getByRole('dialog', { name }));
      expect(await violations(page, locale)).toEqual([]);
    }
  });
}
