import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { docPath } from '../support';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// One interface in each theme: the <mark> colours differ between them.
const cases = [
  { locale: 'en', theme: 'light', open: 'Search', box: 'Search in Chinese, English or pinyin' },
  { locale: 'zh', theme: 'dark', open: '搜索', box: '输入中文、英文或拼音搜索' },
] as const;

test('the search dialog with results and the results page meet WCAG 2.2 AA in both interfaces', async ({ page }) => {
  test.setTimeout(90_000);
  for (const { locale, theme, open, box } of cases) {
    if (theme === 'dark') await page.addInitScript(() => localStorage.setItem('duizhao:theme', 'dark'));
    await page.goto(`/${locale}${docPath}`);
    if (theme === 'dark') await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('button', { name: open, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: open });
    await dialog.getByRole('searchbox', { name: box }).fill('shuzijingji');
    await expect(dialog.getByRole('list').first()).toBeVisible();
    await expect(dialog.locator('mark').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
    expect(
      results.violations.map(
        (violation) =>
          `${locale} dialog: ${violation.id} ${violation.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      ),
    ).toEqual([]);

    await page.goto(`/${locale}/search?q=${encodeURIComponent('factories 灯塔')}`);
    await expect(page.getByRole('main').getByRole('status')).not.toBeEmpty();
    const pageResults = await new AxeBuilder({ page }).withTags(wcag).analyze();
    expect(pageResults.violations.map((violation) => `${locale} page: ${violation.id}`)).toEqual([]);
  }
});
