import { expect, test } from '@playwright/test';
import { paintedText } from './share-support';
import { docPath } from '../support';

test('links made before the text was revised still find their quote, or say plainly that it is gone', async ({ page }) => {
  // Made against an older text: the hash and offsets no longer match, but the quote is still there.
  const quote = 'global digital economy benchmark city';
  await page.goto(
    `/en${docPath}?p=s1-p1&l=en&r=3-40&h=0000000&q=${encodeURIComponent(quote)}&b=the%20building%20of%20a%20&n=Still%20here#s1-p1`,
  );
  const callout = page.getByRole('region', { name: 'Shared passage' });
  await expect(callout.getByText('The text has been revised since this link was made.')).toBeVisible();
  await expect(callout.getByText('Still here')).toBeVisible();
  await expect.poll(() => paintedText(page, 'share-passage')).toEqual([quote]);
  await expect(page.locator('#s1-p1')).toHaveAttribute('data-share-target', 'revised');

  // The quoted words were edited out: the segment opens with a clear notice and the quote, never a guess.
  const gone = 'a sentence that was later deleted';
  await page.goto(`/en${docPath}?p=s1-p2&l=en&r=10-43&h=0000000&q=${encodeURIComponent(gone)}#s1-p2`);
  const goneCallout = page.getByRole('region', { name: 'Shared passage' });
  await expect(goneCallout.getByText('The text this link quoted is no longer in this passage, so nothing is highlighted.')).toBeVisible();
  await expect(goneCallout.getByText(gone)).toBeVisible();
  await expect(page.locator('#s1-p2')).toHaveAttribute('data-share-target', 'gone');
  await expect(page.locator('#s1-p2')).toBeInViewport();
  expect(await paintedText(page, 'share-passage')).toEqual([]);
  expect(await paintedText(page, 'share-aligned')).toEqual([]);

  // Dismissing the notice clears the link's parameters.
  await goneCallout.getByRole('button', { name: 'Dismiss' }).click();
  await expect(goneCallout).toBeHidden();
  expect(new URL(page.url()).search).toBe('');
});
