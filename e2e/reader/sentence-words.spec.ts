import { expect, test } from '@playwright/test';
import { docPath } from '../support';

test('by keyboard, a passage’s menu lists the words of its sentences with pinyin and meanings', async ({ page }) => {
  await page.goto(`/en${docPath}`);
  const trigger = page.locator('#s1-p4').getByRole('button', { name: 'Passage actions' });
  await trigger.focus();
  await expect(trigger).toBeFocused();
  await page.keyboard.press('Enter');
  const item = page.getByRole('menuitem', { name: 'Words in these sentences' });
  await expect(item).toBeVisible();
  // Down from the first item until the word list is the focused one, then open it.
  for (let step = 0; step < 12 && !(await item.evaluate((element) => element === document.activeElement)); step++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(item).toBeFocused();
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Words in this passage' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: /^Sentence 1 坚持数字赋能/ })).toBeVisible();
  const first = dialog.getByRole('region', { name: 'Sentence 1' });
  await expect(first.getByRole('term').first()).toHaveText('坚持');
  await expect(first.getByRole('definition').first()).toContainText('jiānchí');
  await expect(first.getByRole('definition').first()).toContainText('to persevere with');
  // A glossary slogan is one word, given with its English name.
  const slogan = dialog.locator('div').filter({ has: page.getByRole('term').filter({ hasText: /^灯塔社区$/ }) });
  await expect(slogan).toHaveCount(1);
  await expect(slogan.getByRole('definition')).toContainText('lighthouse communit');
  expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);

  // Escape closes it and gives focus back to the menu's button.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
});
