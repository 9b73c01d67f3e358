import { expect, test } from '@playwright/test';
import { docPath, regulationsPath } from '../support';

// WCAG 3.1.2: a Chinese name in English prose ("People's Daily Online (人民网)") carries its own
// language, or a screen reader reads it with an English voice and Chromium draws it in Japanese forms.
const pages = [
  `/en${docPath}`,
  `/en${regulationsPath}`,
  `/en${regulationsPath}/passages/art-18`,
  '/en/glossary',
  '/en/glossary/xinchuang',
  '/en/glossary/cbd',
  '/en/about',
];

test('every Chinese word on the English pages is marked as Chinese', async ({ page }) => {
  for (const path of pages) {
    await page.goto(path);
    await expect(page.getByRole('main')).toBeVisible();
    const unmarked = await page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const element = node.parentElement;
        if (!element || !/\p{Script=Han}/u.test(node.data) || element.closest('script, style')) continue;
        if (!element.closest('[lang]')?.getAttribute('lang')?.startsWith('zh')) found.push(node.data.trim().slice(0, 60));
      }
      return found;
    });
    expect(unmarked, path).toEqual([]);
  }
  // The prose around the names stays English, and the name is its own element.
  await page.goto(`/en${docPath}`);
  const name = page.locator('.doc-footer span[lang="zh-CN"]', { hasText: '人民网' });
  await expect(name).toHaveText('人民网');
  // In the prose's face (the reading text's Chinese serif is for the Chinese text itself).
  const faces = await name.evaluate((span) => [getComputedStyle(span).fontFamily, getComputedStyle(span.parentElement!).fontFamily]);
  expect(faces[0]).toBe(faces[1]);
  await expect(page.locator('.doc-footer p', { hasText: 'First published by' })).toHaveText(
    "First published by People's Daily Online (人民网) on January 17, 2023.",
  );
});
