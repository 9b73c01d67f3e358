import { expect, test } from '@playwright/test';
import { dragAcrossFirstLine } from './share-support';
import { docPath } from '../support';

test('the share tools and the passage data load only when the reader shows intent', async ({ page }) => {
  const data: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/passages/segments.json')) data.push(request.url());
  });
  await page.goto(`/en${docPath}`);
  await expect(page.getByRole('button', { name: 'My highlights and notes' })).toBeVisible();
  await page.locator('#s1-p1').getByRole('button', { name: 'Passage actions' }).hover();
  await page.waitForTimeout(500);
  expect(data).toEqual([]);

  await dragAcrossFirstLine(page, page.locator('#s1-p1 .block-en [data-sentence="s1-p1.1"]'));
  await expect(page.getByRole('toolbar', { name: 'Actions for the selected text' })).toBeVisible();
  expect(data).toHaveLength(1);
  expect(data[0]).toMatch(new RegExp(`/en${docPath}/passages/segments\\.json$`));
});
