import { expect, test, type Page, type Route } from '@playwright/test';
import { dragAcrossFirstLine } from '../share/share-support';
import { charPoint, docPath } from '../support';

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

  // Enter on the focused sentence pins it, as it does once live.
  release = await openHolding(page, `/en${docPath}`);
  await sentence.focus();
  await page.keyboard.press('Enter');
  await release();
  await expect(page.locator('.block-en [data-sentence="s1-p1.1"]')).toHaveAttribute('data-pinned', '');

  // A tap on the text pins its sentence, as it does once live.
  release = await openHolding(page, `/en${docPath}`);
  // Where 生活 sits inside its sentence: Playwright finds the sentence again when it clicks, so
  // passages above it taking their real heights meanwhile do not move the tap off the text.
  const tapped = page.locator('.block-zh [data-sentence="s1-p1.1"]');
  const point = await charPoint(page, 's1-p1.1', '北京');
  const box = await tapped.boundingBox();
  await tapped.click({ position: { x: point.x - (box?.x ?? 0), y: point.y - (box?.y ?? 0) } });
  await release();
  await expect(page.locator('.block-en [data-sentence="s1-p1.1"]')).toHaveAttribute('data-pinned', '');

  // Text selected while the scripts load gets the selection toolbar once they have run.
  release = await openHolding(page, `/en${docPath}`);
  const selected = await dragAcrossFirstLine(page, page.locator('#s1-p1 .block-en [data-sentence="s1-p1.1"]'));
  expect(selected.trim().length).toBeGreaterThan(10);
  await release();
  await expect(page.getByRole('toolbar', { name: 'Actions for the selected text' })).toBeVisible();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(selected);

  // Two taps on the larger-text button: two steps (3 to 5), each from the size the one before set.
  await page.evaluate(() => localStorage.clear());
  release = await openHolding(page, `/en${docPath}`);
  const larger = page.getByRole('button', { name: 'Larger text' });
  for (let tap = 0; tap < 2; tap++) await larger.click();
  await release();
  await expect(page.locator('html')).toHaveAttribute('data-size', '5');

  // The search shortcut is the page's, not also the browser's (quick find).
  await page.evaluate(() => localStorage.clear());
  release = await openHolding(page, `/en${docPath}`);
  await page.evaluate(() => {
    addEventListener('keydown', (event) => document.body.setAttribute('data-slash-default', String(!event.defaultPrevented)), {
      once: true,
    });
  });
  await page.keyboard.press('/');
  await expect(page.locator('body')).toHaveAttribute('data-slash-default', 'false');
  await release();
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();

  // The glossary's filter typed into, and its document list chosen from, before the page is live.
  release = await openHolding(page, '/en/glossary');
  await page.getByRole('searchbox', { name: 'Filter terms' }).fill('lighthouse');
  await release();
  await expect(page.getByRole('status')).toHaveText('Terms shown: 2');
  await expect(page.locator('[data-glossary-entry]:visible')).toHaveCount(2);
  release = await openHolding(page, '/en/glossary');
  await page.getByRole('combobox', { name: 'Occurs in' }).selectOption({ label: 'Regulations for Promoting Digital Economy in Beijing' });
  await release();
  await expect(page).toHaveURL(/\/en\/glossary\?doc=beijing-digital-economy-promotion-regulations$/);

  // The title of a document in the library is a link before the page is live as after.
  release = await openHolding(page, `/en${docPath}`);
  await page.locator('#s4-p1 .block-zh [data-doc-link]').first().click();
  await expect(page).toHaveURL(/\/en\/documents\/beijing-digital-economy-promotion-regulations(#art-58)?$/);
  await release();
});

test('a page whose scripts fail lets a held tap on a term open the term’s page', async ({ page }) => {
  const held: Route[] = [];
  let failing = false;
  // Scripts asked for after the failure fail at once, so the page's count of them completes.
  await page.route(/\/_next\/static\//, (route) => (failing ? route.abort() : held.push(route)));
  await page.goto(`/en${docPath}`, { waitUntil: 'domcontentloaded' });
  await expect.poll(() => held.length).toBeGreaterThan(3);
  await page.locator('#s1-p2 .block-zh [data-term="lighthouse-factory"]').click();
  await expect(page).toHaveURL(new RegExp(`/en${docPath}$`));
  failing = true;
  await Promise.all(held.splice(0).map((route) => route.abort()));
  await expect(page).toHaveURL(/\/en\/glossary\/lighthouse-factory$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lighthouse Factory');
});
