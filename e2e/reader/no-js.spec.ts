import { expect, test } from '@playwright/test';
import { docPath, seedLines } from '../support';

test.use({ javaScriptEnabled: false });

test('without JavaScript every word is readable in the default layout', async ({ page }) => {
  await page.goto(`/zh${docPath}`);
  const blocks = page.locator('[data-segment] [lang="zh-CN"]');
  await expect(blocks).toHaveCount(seedLines.length - 1);
  expect(await blocks.allTextContents()).toEqual(seedLines.slice(0, -1));
  for (const block of await blocks.all()) await expect(block).toBeVisible();
  await expect(page.locator('.block-en').first()).toBeVisible();
  await expect(page.locator('.block-en:visible')).toHaveCount(seedLines.length - 1);
  // Controls that need script are not offered.
  await expect(page.getByRole('radio', { name: '左右对照' })).toBeHidden();
  await expect(page.getByRole('button', { name: '显示英文' }).first()).toBeHidden();
  // A term is a plain link to its glossary entry.
  await expect(page.locator('[data-term]').first()).toHaveAttribute('href', /\/zh\/glossary\//);
});
