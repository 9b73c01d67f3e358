import { expect, test } from '@playwright/test';
import { docPath } from '../support';

test('Share uses the Web Share API where there is one and copies the link where there is not', async ({ context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // This browser has no Web Share API: Share copies and says so.
  await page.goto(`/en${docPath}`);
  await page.locator('#s2-p1').getByRole('button', { name: 'Passage actions' }).click();
  await page.getByRole('menuitem', { name: 'Share' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'This browser cannot share directly, so the link was copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/en${docPath}#s2-p1$`));

  // A browser with Web Share (e.g. a phone): the system share sheet gets title, quote and link.
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { sharedData: shared });
    Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) });
  });
  await page.reload();
  await page.locator('#s2-p1').getByRole('button', { name: 'Passage actions' }).click();
  await page.getByRole('menuitem', { name: /^Sentence 2/ }).click();
  await page.getByRole('toolbar', { name: 'Actions for sentence 2' }).getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Shared' })).toBeVisible();
  const shared = await page.evaluate(() => (window as unknown as { sharedData: ShareData[] }).sharedData);
  expect(shared).toHaveLength(1);
  expect(shared[0]!.url).toMatch(new RegExp(`/en${docPath}\\?s=2#s2-p1$`));
  expect(shared[0]!.title).toContain('Zhang Jinsong');
  expect(shared[0]!.text?.length).toBeGreaterThan(10);
});
