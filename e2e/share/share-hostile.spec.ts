import { expect, test } from '@playwright/test';
import { paintedText } from './share-support';
import { docPath } from '../support';

test('hostile and damaged links open the document with a plain notice and no wrong highlight', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });

  // A note carrying markup is shown as text, never run.
  const note = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  await page.goto(`/en${docPath}?s=2&n=${encodeURIComponent(note)}#s1-p1`);
  const callout = page.getByRole('region', { name: 'Shared passage' });
  await expect(callout.getByText(note)).toBeVisible();
  await expect(callout.locator('img, script')).toHaveCount(0);
  await expect.poll(() => paintedText(page, 'share-passage')).toHaveLength(2);

  // A segment that does not exist.
  await page.goto(`/en${docPath}?p=no-such-segment&l=en&r=0-5&q=hello#no-such-segment`);
  await expect(page.getByText('This link points to a passage that is not in this document.')).toBeVisible();
  expect(await paintedText(page, 'share-passage')).toEqual([]);
  await expect(page.locator('[data-share-target]')).toHaveCount(0);

  // Offsets past the end of the text and no quote: the segment with a notice, nothing highlighted.
  await page.goto(`/en${docPath}?p=s1-p1&l=en&r=90000-90010#s1-p1`);
  await expect(page.getByRole('region', { name: 'Shared passage' }).getByText(/no longer in this passage/)).toBeVisible();
  expect(await paintedText(page, 'share-passage')).toEqual([]);

  // Reversed offsets and junk parameters: the valid part (the segment) opens, with a notice.
  await page.goto(`/en${docPath}?p=s1-p1&r=40-3&l=xx&h=%%%#s1-p1`);
  const damaged = page.getByRole('region', { name: 'Shared passage' });
  await expect(damaged.getByText('Part of this link was damaged or not understood and was ignored.')).toBeVisible();
  await expect(damaged.getByText('This link points to this passage.')).toBeVisible();

  // Garbage: broken percent-encoding in every parameter and a fragment that is no segment id.
  await page.goto(`/en${docPath}?p=%E0%A4%A&q=%FF&r=%ZZ&n=%#%3Cscript%3E`);
  await expect(page.getByText('This link could not be read. The document is shown without a highlight.')).toBeVisible();
  expect(await paintedText(page, 'share-passage')).toEqual([]);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();

  // A fragment that is not even valid percent-encoding.
  await page.goto(`/en${docPath}?p=s1-p9&n=hi#%%`);
  await expect(page.getByText('This link points to a passage that is not in this document.')).toBeVisible();

  expect(dialogs).toEqual([]);
});
