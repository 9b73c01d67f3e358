import { expect, test } from '@playwright/test';
import { paintedText } from './share-support';
import { docPath } from '../support';

test('the segment menu and sentence actions work from the keyboard alone', async ({ context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/en${docPath}`);

  // One menu button per segment; Enter opens it, arrows move, Enter chooses.
  const menuButton = page.locator('#s1-p1').getByRole('button', { name: 'Passage actions' });
  await menuButton.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: 'Highlight', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Copy link' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/en${docPath}#s1-p1$`));
  await expect(menuButton).toBeFocused();

  // A sentence from the same menu opens the toolbar with focus in it.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'One sentence' }).getByRole('menuitem')).toHaveCount(3);
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem', { name: /^Sentence 3/ })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('menuitem', { name: /^Sentence 2 Zhang Jinsong explained/ })).toBeFocused();
  await page.keyboard.press('Enter');
  const toolbar = page.getByRole('toolbar', { name: 'Actions for sentence 2' });
  await expect(toolbar.getByRole('button', { name: 'Highlight' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Highlighted' })).toBeVisible();
  await expect
    .poll(() => paintedText(page, 'user-highlight'))
    .toEqual([await page.locator('#s1-p1 .block-en [data-sentence="s1-p1.2"]').textContent()]);
  // Arrow keys move along the toolbar; Escape closes it and returns focus to the menu button.
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Add note' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(toolbar).toBeHidden();
  await expect(menuButton).toBeFocused();

  // Shift+F10 on a focused sentence opens the same toolbar for that sentence.
  const sentence = page.locator('#s2-p1 .block-zh [data-sentence="s2-p1.1"]');
  await sentence.focus();
  await page.keyboard.press('Shift+F10');
  const sentenceToolbar = page.getByRole('toolbar', { name: 'Actions for sentence 1' });
  await expect(sentenceToolbar.getByRole('button', { name: 'Highlight' })).toBeFocused();
  await sentenceToolbar.getByRole('button', { name: 'Copy link' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/en${docPath}\\?s=1#s2-p1$`));
  // A note by keyboard: the field takes focus, Enter saves, focus returns to Add note.
  const addNote = sentenceToolbar.getByRole('button', { name: 'Add note' });
  await addNote.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await page.keyboard.type('新赛道');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Note saved' })).toBeVisible();
  await expect(addNote).toBeFocused();
  await expect(page.getByText('Your note: 新赛道')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sentence).toBeFocused();
});
