import { expect, test, type Response } from '@playwright/test';
import { docPath, gotoLive } from '../support';

// A string that only the lazily loaded search engine chunk (query.ts, bundled with FlexSearch) contains.
const ENGINE_MARK = 'search payload: unknown version or shape';

test('the search index and engine load only when the reader shows intent to search', async ({ page }) => {
  const scripts: Response[] = [];
  const indexRequests: string[] = [];
  const shardRequests: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response);
    const { pathname } = new URL(response.url());
    if (pathname === '/search-index.json') indexRequests.push(response.url());
    if (pathname.startsWith('/search-index/') && response.status() === 200) shardRequests.push(pathname);
  });

  await gotoLive(page, `/en${docPath}`);
  await page.waitForLoadState('networkidle');
  expect(indexRequests).toEqual([]);
  expect(shardRequests).toEqual([]);
  const firstLoad = await Promise.all(scripts.map((response) => response.text()));
  expect(firstLoad.length).toBeGreaterThan(0);
  expect(firstLoad.filter((body) => body.includes(ENGINE_MARK))).toEqual([]);

  // Focusing the search button is intent: the index and the engine arrive before the dialog opens.
  const indexLoaded = page.waitForResponse((response) => new URL(response.url()).pathname === '/search-index.json');
  await page.getByRole('button', { name: 'Search', exact: true }).focus();
  expect((await indexLoaded).status()).toBe(200);
  await expect
    .poll(async () => (await Promise.all(scripts.map((response) => response.text()))).some((body) => body.includes(ENGINE_MARK)))
    .toBe(true);
  await expect(page.getByRole('dialog')).toBeHidden();

  // Opening and searching reuses it: no second fetch.
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Search' }).getByRole('searchbox').fill('数字经');
  await expect(page.getByRole('dialog', { name: 'Search' }).getByRole('status')).toHaveText(/passages/);
  expect(indexRequests).toHaveLength(1);
  // The core lists one shard per document of the library, each fetched once.
  expect(shardRequests.sort()).toEqual([
    '/search-index/beijing-digital-economy-2023.json',
    '/search-index/beijing-digital-economy-promotion-regulations.json',
  ]);
});
