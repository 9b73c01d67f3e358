import { expect, test, type Page } from '@playwright/test';
import { docPath } from '../support';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

async function noHorizontalScroll(page: Page, what: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, what).toBeLessThanOrEqual(0);
}

async function insideViewport(page: Page, selector: string) {
  const box = await page.locator(selector).boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
}

test('on a 360 px phone the menu, toolbar, shared passage, panel and passage page all fit', async ({ page }) => {
  await page.goto(`/zh${docPath}`);
  await noHorizontalScroll(page, 'document');

  // Tap the segment menu and add a note: the toolbar opens inside the screen.
  await page.locator('#s1-p2').getByRole('button', { name: '段落操作' }).tap();
  await page.getByRole('menuitem', { name: '添加笔记' }).tap();
  await expect(page.getByRole('textbox', { name: '笔记' })).toBeFocused();
  await insideViewport(page, '.share-toolbar');
  await noHorizontalScroll(page, 'toolbar');
  await page.getByRole('button', { name: '关闭' }).tap();

  // A long press selects text natively; the toolbar follows the selection.
  await page.evaluate(() => {
    const sentence = document.querySelector('#s1-p3 .block-zh [data-sentence="s1-p3.1"]')!;
    sentence.scrollIntoView({ block: 'center' });
    const text = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT).nextNode() as Text;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, Math.min(8, text.length));
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  const toolbar = page.getByRole('toolbar', { name: '所选文字的操作' });
  await expect(toolbar).toBeVisible();
  await insideViewport(page, '.share-toolbar');
  await noHorizontalScroll(page, 'selection toolbar');

  await page.goto(
    `/en${docPath}?p=lead&l=en&r=0-7&q=Beijing&n=Look%20at%20this%20very%20long%20note%20without%20spaces%3Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa#lead`,
  );
  await expect(page.getByRole('region', { name: 'Shared passage' })).toBeVisible();
  await noHorizontalScroll(page, 'shared passage');

  await page.getByRole('button', { name: 'My highlights and notes' }).tap();
  await expect(page.getByRole('dialog', { name: 'My highlights and notes' })).toBeVisible();
  await insideViewport(page, '.highlights-panel');

  await page.goto(`/en${docPath}/passages/s2-p1`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await noHorizontalScroll(page, 'passage page');
});
