import { expect, test, type Locator, type Page } from '@playwright/test';
import { docPath, gotoLive } from './support';

/*
 * What a reader sees, pixel for pixel: the guard for changes that must not show (a redesign of
 * the code, not of the product). An intended change of pixels is reviewed and the snapshots
 * regenerated with `npx playwright test e2e/visual.spec.ts --update-snapshots`, saying why in the
 * commit. Chinese needs a CJK font on the machine (`fonts-noto-cjk`, installed by .ci/run).
 */

const locales = ['en', 'zh'] as const;
const phone = { width: 360, height: 740 };

const ui = {
  en: {
    search: 'Search',
    searchBox: 'Search in Chinese, English or pinyin',
    actions: 'Passage actions',
    highlight: 'Highlight',
    panel: 'My highlights and notes',
    addNote: 'Add note',
  },
  zh: {
    search: '搜索',
    searchBox: '输入中文、英文或拼音搜索',
    actions: '段落操作',
    highlight: '高亮',
    panel: '我的高亮与笔记',
    addNote: '添加笔记',
  },
} as const;

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
}

async function snap(page: Page, name: string, mask: Locator[] = []) {
  await settle(page);
  await expect(page).toHaveScreenshot(`${name}.png`, { animations: 'disabled', caret: 'hide', mask });
}

for (const locale of locales) {
  test.describe(`${locale} interface`, () => {
    test('library', async ({ page }) => {
      await gotoLive(page, `/${locale}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await snap(page, `library-${locale}`);
    });

    test('glossary, a term page, a passage page and the search page', async ({ page }) => {
      for (const [name, path] of [
        ['glossary', '/glossary'],
        ['term-page', '/glossary/five-key-initiatives'],
        ['passage-page', `${docPath}/passages/s1-p2`],
        ['search-page', '/search?q=%E7%81%AF%E5%A1%94'],
      ] as const) {
        await gotoLive(page, `/${locale}${path}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        if (name === 'search-page') await expect(page.locator('mark').first()).toBeVisible();
        // A citation names the day it was accessed: masked, so the picture does not change daily.
        await snap(page, `${name}-${locale}`, [page.locator('.cite')]);
      }
    });

    test('document side by side', async ({ page }) => {
      await gotoLive(page, `/${locale}${docPath}?view=side`);
      await expect(page.locator('#s1-p1')).toBeVisible();
      await snap(page, `document-side-${locale}`);
    });

    test('document interleaved on a phone', async ({ page }) => {
      await page.setViewportSize(phone);
      await gotoLive(page, `/${locale}${docPath}?view=interleaved#s1-p2`);
      await expect(page.locator('#s1-p2')).toBeInViewport();
      await snap(page, `document-phone-${locale}`);
    });

    test('document with pinyin', async ({ page }) => {
      await gotoLive(page, `/${locale}${docPath}?view=side&pinyin=1#s1-p3`);
      await expect(page.locator('#s1-p3 [data-ruby]').first()).toBeAttached();
      await snap(page, `document-pinyin-${locale}`);
    });

    test('document in the dark theme', async ({ page }) => {
      await page.addInitScript(() => localStorage.setItem('duizhao:theme', 'dark'));
      await gotoLive(page, `/${locale}${docPath}?view=side#s2`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await snap(page, `document-dark-${locale}`);
    });

    test('term card', async ({ page }) => {
      await gotoLive(page, `/${locale}${docPath}?view=side#s1-p2`);
      await page.locator('#s1-p2 .block-zh [data-term="lighthouse-factory"]').hover();
      await expect(page.getByRole('dialog', { name: /灯塔工厂/ })).toBeVisible();
      await snap(page, `term-card-${locale}`);
    });

    test('search dialog with results', async ({ page }) => {
      await gotoLive(page, `/${locale}`);
      await page.getByRole('button', { name: ui[locale].search, exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('searchbox', { name: ui[locale].searchBox }).fill('灯塔');
      await expect(dialog.locator('mark').first()).toBeVisible();
      await snap(page, `search-dialog-${locale}`);
    });

    test('passage toolbar', async ({ page }) => {
      await gotoLive(page, `/${locale}${docPath}?view=side#s1-p1`);
      await page.locator('#s1-p1').getByRole('button', { name: ui[locale].actions }).click();
      await page.getByRole('menuitem', { name: ui[locale].addNote }).click();
      await expect(page.getByRole('toolbar')).toBeVisible();
      await page.keyboard.type('灯塔');
      await snap(page, `passage-toolbar-${locale}`);
    });

    test('highlights panel', async ({ page }) => {
      await gotoLive(page, `/${locale}${docPath}?view=side#s1-p2`);
      await page.locator('#s1-p2').getByRole('button', { name: ui[locale].actions }).click();
      await page.getByRole('menuitem', { name: ui[locale].highlight, exact: true }).click();
      const toast = page.locator('.share-toast');
      await expect(toast).not.toBeEmpty();
      // The confirmation clears itself after a few seconds: wait, so the picture does not race it.
      await expect(toast).toBeEmpty({ timeout: 10_000 });
      await page.getByRole('button', { name: ui[locale].panel }).click();
      await expect(page.getByRole('dialog', { name: ui[locale].panel })).toBeVisible();
      await snap(page, `highlights-panel-${locale}`);
    });
  });
}
