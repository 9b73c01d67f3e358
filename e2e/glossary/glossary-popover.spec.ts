import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { docPath, gotoLive } from '../support';

test('terms open their glossary card by mouse and keyboard, and mark their counterpart', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await gotoLive(page, `/en${docPath}`);
  await page.waitForLoadState('networkidle');
  const firstLoad = scripts.length;
  const terms = page.locator('[data-term]');
  expect(await terms.count()).toBeGreaterThan(100);

  // Hover: a preview that stays while the pointer moves onto it, and leaves focus alone.
  const zhTerm = page.locator('#s1-p2 .block-zh [data-term="lighthouse-factory"]');
  await zhTerm.hover();
  const card = page.getByRole('dialog', { name: /灯塔工厂/ });
  await expect(card).toBeVisible();
  await expect(card).toContainText('灯塔工厂');
  await expect(card).toContainText('Lighthouse Factory');
  await expect(card).toContainText('dēng tǎ gōng chǎng');
  // The card's code arrived with the first hover, not with the page.
  expect(scripts.length).toBeGreaterThan(firstLoad);
  await expect(page.locator('#s1-p2 .block-en [data-term="lighthouse-factory"]')).toHaveAttribute('data-term-hl', '');
  await card.hover();
  // Past the close delay: the card stays while the pointer is on it (WCAG 1.4.13).
  await page.waitForTimeout(500);
  await expect(card).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  // Closed, the same term opens its card again on the next hover.
  await page.mouse.move(5, 400);
  await zhTerm.hover();
  await expect(card).toBeVisible();
  await page.mouse.move(5, 400);
  await expect(card).toBeHidden();

  // Click: a dialog with a link to the term page; Escape returns focus to the term.
  const enTerm = page.locator('#s2 .block-en [data-term="new-tracks"]');
  await enTerm.click();
  const newTracks = page.getByRole('dialog', { name: /新赛道/ });
  await expect(newTracks).toBeVisible();
  await expect(newTracks.getByRole('link', { name: 'Full glossary entry' })).toHaveAttribute('href', '/en/glossary/new-tracks');
  await page.keyboard.press('Escape');
  await expect(newTracks).toBeHidden();
  await expect(enTerm).toBeFocused();

  // Keyboard: Tab moves term to term (focus shows a preview); Enter opens and moves focus in;
  // Escape closes and returns focus.
  const paragraphTerms = page.locator('#s1-p2 .block-zh [data-term]');
  await paragraphTerms.first().focus();
  await expect(paragraphTerms.first()).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  const next = paragraphTerms.nth(1);
  await expect(next).toBeFocused();
  await expect(next).toHaveAttribute('aria-expanded', 'true');
  await expect(paragraphTerms.first()).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeVisible();
  await expect(page.locator(':focus')).not.toHaveAttribute('data-term', /.+/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(next).toBeFocused();

  // Space opens too, and a numbered slogan lists what its number counts.
  const fiveKeys = page.locator('#s3-p1 .block-zh [data-term="five-key-initiatives"]').first();
  await fiveKeys.focus();
  await page.keyboard.press(' ');
  const fiveCard = page.getByRole('dialog', { name: /五子联动/ });
  await expect(fiveCard.getByRole('listitem')).toHaveCount(5);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});
