import { expect, test } from '@playwright/test';
import { dragAcrossFirstLine, paintedText } from './share-support';
import { docPath } from '../support';

test('a selection with a note becomes a link that opens highlighted, with the note, in a new browser', async ({
  browser,
  context,
  page,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/en${docPath}`);

  const selected = (await dragAcrossFirstLine(page, page.locator('#s1-p1 .block-en [data-sentence="s1-p1.1"]'))).trim();
  expect(selected.length).toBeGreaterThan(10);
  const toolbar = page.getByRole('toolbar', { name: 'Actions for the selected text' });
  await expect(toolbar).toBeVisible();
  for (const name of ['Highlight', 'Add note', 'Copy link', 'Share', 'Copy citation']) {
    await expect(toolbar.getByRole('button', { name, exact: true })).toBeVisible();
  }

  await toolbar.getByRole('button', { name: 'Add note' }).click();
  const note = page.getByRole('textbox', { name: 'Note' });
  await expect(note).toBeFocused();
  await note.fill('Compare with the 2022 report.\nSecond line.');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Note saved' })).toBeVisible();
  // Saving keeps the toolbar open; the highlight is saved with the note.
  await expect(toolbar).toBeVisible();
  await expect(toolbar.getByRole('button', { name: 'Highlight' })).toHaveAttribute('aria-pressed', 'true');

  await toolbar.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link with your note copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain(`/en${docPath}?p=s1-p1&l=en&r=`);
  expect(link).toContain('&n=Compare');
  expect(link).toMatch(/#s1-p1$/);

  // Someone else opens the link: a new context with no saved highlights.
  const other = await browser.newContext();
  const reader = await other.newPage();
  await reader.goto(link);
  await expect(reader.getByText('This link points to the highlighted text.')).toBeVisible();
  await expect.poll(() => paintedText(reader, 'share-passage')).toEqual([selected]);
  // The aligned Chinese sentence is highlighted too.
  await expect
    .poll(() => paintedText(reader, 'share-aligned'))
    .toEqual([await reader.locator('#s1-p1 .block-zh [data-sentence="s1-p1.1"]').textContent()]);
  const callout = reader.getByRole('region', { name: 'Shared passage' });
  await expect(callout.getByText('Compare with the 2022 report.')).toBeVisible();
  await expect(callout).toContainText('Second line.');
  await expect(reader.locator('#s1-p1')).toBeInViewport();
  await other.close();
});
