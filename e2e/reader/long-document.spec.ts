import { expect, test } from '@playwright/test';
import { paintedText } from '../share/share-support';

// The benchmark's 4× copy of the interview (built in by playwright.config.ts, unlisted): a long
// text reads and shares like the real one, at its far end as at its start.
const longPath = '/en/documents/bench-long-4x';

test('a document four times the interview reads and shares like the real one, to its last segment', async ({ context, page, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(longPath);
  await expect(page.getByRole('radio', { name: 'Side by side' })).toBeChecked();
  const segments = page.locator('[data-segment]');
  expect(await segments.count()).toBeGreaterThan(80);
  const last = page.locator('#s4-p2-r4');
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  // Nothing of the text is hydrated, however long it is.
  expect(
    await page.evaluate(
      () =>
        [...document.querySelectorAll('[data-sentence]')].filter((element) =>
          Object.keys(element).some((key) => key.startsWith('__reactFiber$')),
        ).length,
    ),
  ).toBe(0);

  // A sentence at the end highlights its translation.
  const zh = last.locator('.block-zh [data-sentence="s4-p2-r4.1"]');
  await zh.hover();
  await expect(last.locator('.block-en [data-sentence="s4-p2-r4.1"]')).toHaveAttribute('data-hover', '');

  // Its passage menu copies a link that opens that sentence highlighted in another browser.
  await last.getByRole('button', { name: 'Passage actions' }).click();
  await page.getByRole('menuitem', { name: /^Sentence 1/ }).click();
  const toolbar = page.getByRole('toolbar', { name: 'Actions for sentence 1' });
  await toolbar.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/en\/documents\/bench-long-4x\?s=1#s4-p2-r4$/);

  const other = await browser.newContext();
  const reader = await other.newPage();
  await reader.goto(link);
  await expect(reader.getByText('This link points to sentence 1 of this passage.')).toBeVisible();
  await expect(reader.locator('#s4-p2-r4')).toBeInViewport();
  await expect.poll(async () => (await paintedText(reader, 'share-passage')).length).toBe(2);
  await other.close();

  // And it is not in the library: a benchmark copy is never published.
  await page.goto('/en');
  await expect(page.getByRole('link', { name: /Benchmark copy/ })).toHaveCount(0);
});
