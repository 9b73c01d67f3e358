import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { paintedText } from './share-support';
import { docPath } from '../support';

async function download(page: Page, name: string): Promise<{ file: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { file: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

test('highlights and notes export, import back, and a damaged store is kept aside and reported', async ({ page }, testInfo) => {
  await page.goto(`/en${docPath}`);

  // A highlight from the segment menu, a note from another segment's menu.
  await page.locator('#s1-p1').getByRole('button', { name: 'Passage actions' }).click();
  await page.getByRole('menuitem', { name: 'Highlight' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Highlighted' })).toBeVisible();
  await page.locator('#s2-p1').getByRole('button', { name: 'Passage actions' }).click();
  await page.getByRole('menuitem', { name: 'Add note' }).click();
  await page.getByRole('textbox', { name: 'Note' }).fill('New tracks: see glossary *not markdown*');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Note saved' })).toBeVisible();
  await page.keyboard.press('Escape');

  const open = page.getByRole('button', { name: 'My highlights and notes' });
  await open.click();
  const panel = page.getByRole('dialog', { name: 'My highlights and notes' });
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await expect(panel.getByText('New tracks: see glossary *not markdown*')).toBeVisible();

  const json = await download(page, 'Export JSON');
  expect(json.file).toMatch(/^duizhao-highlights-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(json.text);
  expect(exported).toMatchObject({ format: 'duizhao-annotations', version: 1 });
  expect(exported.annotations).toHaveLength(2);
  const markdown = await download(page, 'Export Markdown');
  expect(markdown.text).toContain('# My highlights and notes');
  expect(markdown.text).toContain('**Note:** New tracks: see glossary \\*not markdown\\*');

  // Delete both, then import the JSON file back.
  await panel.getByRole('button', { name: 'Delete' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Highlight deleted' }).first()).toBeVisible();
  await panel.getByRole('button', { name: 'Delete' }).click();
  await expect(panel.getByText('No highlights yet.')).toBeVisible();
  expect(await paintedText(page, 'user-highlight')).toEqual([]);
  const saved = testInfo.outputPath('highlights.json');
  await (await import('node:fs/promises')).writeFile(saved, json.text);
  await panel.getByLabel('Import JSON').setInputFiles(saved);
  await expect(panel.getByText('Imported 2 new, 0 updated, 0 skipped.')).toBeVisible();
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(open).toBeFocused();
  await expect.poll(async () => (await paintedText(page, 'user-highlight')).length).toBe(1);

  // A store damaged by hand (or by another program): one good item, one broken.
  const good = exported.annotations[0];
  const raw = JSON.stringify({ version: 1, annotations: [good, { id: 'broken', note: 42 }] });
  await page.evaluate((value) => localStorage.setItem('duizhao:annotations', value), raw);
  await page.reload();
  // The share tools load after the page (their chunk, strings and the document's data): on a busy
  // 2-core machine that alone can take longer than the default wait.
  await expect(page.getByText(/Some saved highlights could not be read\. The original data was kept aside, not deleted/)).toBeVisible({
    timeout: 15_000,
  });
  expect(await page.evaluate(() => localStorage.getItem('duizhao:annotations:backup'))).toContain(JSON.stringify(raw).slice(1, -1));
  await open.click();
  await expect(panel.getByRole('heading', { name: 'Damaged data kept aside' })).toBeVisible();
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  const backup = await download(page, 'Download damaged data');
  expect(JSON.parse(backup.text).entries[0].raw).toBe(raw);
  // Still reported on the next visit: nothing is dropped until the reader says so.
  await page.reload();
  await open.click();
  await expect(panel.getByRole('heading', { name: 'Damaged data kept aside' })).toBeVisible();
});
