import { expect, test, type Page, type Route } from '@playwright/test';
import { docPath } from '../support';

// The page's scripts start after its first paint. Held back here, they stand for a slow network:
// what the reader does meanwhile must be done once they have run, not lost.
test.use({ serviceWorkers: 'block' });

async function openHolding(page: Page, path: string) {
  const held: Route[] = [];
  let released = false;
  await page.unrouteAll({ behavior: 'wait' });
  await page.route(/\/_next\/static\//, (route) => (released ? route.continue() : held.push(route)));
  // `load` waits for the scripts when they start before it: held, they never finish.
  await page.goto(path, { waitUntil: 'domcontentloaded' });
  await expect.poll(() => held.length).toBeGreaterThan(3);
  return async () => {
    released = true;
    await Promise.all(held.splice(0).map((route) => route.continue()));
  };
}

test('a tap, a key or a hover made while the scripts load is done once they have run', async ({ page }) => {
  // A tap on Search.
  let release = await openHolding(page, `/en${docPath}`);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await release();
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();

  // The shortcut key.
  release = await openHolding(page, `/en${docPath}`);
  await page.keyboard.press('/');
  await release();
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();

  // A layout chosen in the toolbar: the radio changes at once, the page's layout once it is live.
  release = await openHolding(page, `/en${docPath}`);
  const chineseOnly = page.getByRole('radio', { name: 'Chinese only' });
  await chineseOnly.check();
  await expect(page.locator('html')).not.toHaveAttribute('data-view', 'zh');
  await release();
  await expect(page.getByRole('radio', { name: 'Chinese only' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-view', 'zh');

  // A tap on a glossary term opens its card, and does not leave the text for the term's page.
  await page.evaluate(() => localStorage.clear());
  release = await openHolding(page, `/en${docPath}`);
  const term = page.locator('#s1-p2 .block-zh [data-term="lighthouse-factory"]');
  await term.click();
  await release();
  await expect(page.getByRole('dialog', { name: /灯塔工厂/ })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(`/en${docPath}`);

  // The pointer resting on a term.
  release = await openHolding(page, `/en${docPath}`);
  await term.hover();
  await release();
  await expect(page.getByRole('dialog', { name: /灯塔工厂/ })).toBeVisible();

  // A sentence focused with the pointer resting outside the text: the focus keeps its highlight.
  release = await openHolding(page, `/en${docPath}`);
  await page.mouse.move(0, 0);
  const sentence = page.locator('.block-zh [data-sentence="s1-p1.1"]');
  await sentence.focus();
  await expect(sentence).toBeFocused();
  await release();
  await expect(page.locator('.block-en [data-sentence="s1-p1.1"]')).toHaveAttribute('data-hover', '');
});

test('a page whose scripts fail lets a held tap on a term open the term’s page', async ({ page }) => {
  const held: Route[] = [];
  await page.route(/\/_next\/static\//, (route) => held.push(route));
  await page.goto(`/en${docPath}`, { waitUntil: 'domcontentloaded' });
  await expect.poll(() => held.length).toBeGreaterThan(3);
  await page.locator('#s1-p2 .block-zh [data-term="lighthouse-factory"]').click();
  await expect(page).toHaveURL(new RegExp(`/en${docPath}$`));
  await Promise.all(held.map((route) => route.abort()));
  await expect(page).toHaveURL(/\/en\/glossary\/lighthouse-factory$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lighthouse Factory');
});
