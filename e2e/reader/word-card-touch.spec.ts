import { expect, test } from '@playwright/test';
import { charPoint, docPath } from '../support';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

test('on a phone a tap on a Chinese character opens its word card as a dialog that fits the screen', async ({ page }) => {
  await page.goto(`/zh${docPath}?view=zh`);
  const point = await charPoint(page, 's1-p4.1', '生活');
  await page.touchscreen.tap(point.x, point.y);
  const card = page.getByRole('dialog', { name: '词语：生活' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('shēnghuó');
  await expect(card).toContainText('life');
  await expect(card).toContainText('CC-CEDICT');
  // A tap opens it as a dialog: focus moves in, so a screen reader is taken there.
  await expect(card.getByRole('button', { name: '关闭' })).toBeFocused();
  const box = await card.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  await card.getByRole('button', { name: '关闭' }).tap();
  await expect(card).toBeHidden();
});
