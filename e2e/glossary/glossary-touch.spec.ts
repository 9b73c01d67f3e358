import { expect, test } from '@playwright/test';
import { docPath } from '../support';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

test('on a phone a tap opens the term card in the reader’s language, and it fits the screen', async ({ page }) => {
  await page.goto(`/zh${docPath}`);
  await page.locator('#s1-p3 .block-zh [data-term="seven-connections-one-levelling"]').tap();
  const card = page.getByRole('dialog', { name: /七通一平/ });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Seven Connections and One Levelling');
  await expect(card).toContainText('访谈未列出具体构成');
  const box = await card.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  await card.getByRole('button', { name: '关闭' }).tap();
  await expect(card).toBeHidden();
});
