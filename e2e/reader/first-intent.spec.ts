import { expect, test, type Page } from '@playwright/test';
import { charPoint, docPath } from '../support';

/*
 * The word cards, term cards and passage menus load on the reader's first intent (a hover, a
 * focus, a tap): the event that woke them, and any that came while their code was on its way,
 * must be answered as if they had been there all along. The code is held back here, so that the
 * first press always lands before it arrives.
 */

// The offline worker precaches every chunk, and the requests it answers bypass page.route.
test.use({ serviceWorkers: 'block' });

/** The page has hydrated: the term cards' start-up has made the terms buttons. */
async function hydrated(page: Page) {
  await expect(page.locator('.doc [data-term][role="button"]').first()).toBeAttached();
}

/** From now on every script is slow to arrive (the islands' code, the cards' code). */
async function slowScripts(page: Page): Promise<string[]> {
  const loaded: string[] = [];
  await page.route('**/_next/static/chunks/**', async (route) => {
    loaded.push(route.request().url());
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  return loaded;
}

for (const [locale, name] of [
  ['en', 'Word: 坚持'],
  ['zh', '词语：坚持'],
] as const) {
  test(`${locale}: one hover over a Chinese character shows its word card`, async ({ page }) => {
    await page.goto(`/${locale}${docPath}`);
    await hydrated(page);
    // Measured until it holds still: passages near the sentence may still be taking their heights.
    let point = await charPoint(page, 's1-p4.1', '坚');
    await expect
      .poll(async () => {
        const before = point;
        point = await charPoint(page, 's1-p4.1', '坚');
        return point.x === before.x && point.y === before.y;
      })
      .toBe(true);
    const loaded = await slowScripts(page);
    await page.mouse.move(point.x, point.y);
    await expect(page.getByRole('dialog', { name })).toBeVisible();
    // The lookup's code came with the hover, not with the page.
    expect(loaded.length).toBeGreaterThan(0);
  });
}

test('Enter on a term just focused opens its card as a dialog, and the link is not followed', async ({ page }) => {
  await page.goto(`/en${docPath}`);
  await hydrated(page);
  await slowScripts(page);
  const term = page.locator('#s1-p2 .block-zh [data-term="lighthouse-factory"]');
  await term.focus();
  await page.keyboard.press('Enter');
  const card = page.getByRole('dialog', { name: /灯塔工厂/ });
  await expect(card.getByRole('button', { name: 'Close' })).toBeVisible();
  // Pressed, not previewed: focus is in the card.
  expect(await card.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await expect(page).toHaveURL(new RegExp(`/en${docPath}$`));
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(term).toBeFocused();
});

test('a click on a term before its card’s code is there opens the card', async ({ page }) => {
  await page.goto(`/zh${docPath}`);
  await hydrated(page);
  await slowScripts(page);
  await page.locator('#s2 .block-en [data-term="new-tracks"]').click();
  await expect(page.getByRole('dialog', { name: /新赛道/ })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/zh${docPath}$`));
});

test('ArrowDown on a passage menu button just focused opens the menu without scrolling', async ({ page }) => {
  await page.goto(`/en${docPath}`);
  await hydrated(page);
  await slowScripts(page);
  const button = page.locator('#s1-p1').getByRole('button', { name: 'Passage actions' });
  await button.focus();
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menu').getByRole('menuitem', { name: 'Highlight', exact: true })).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
});
