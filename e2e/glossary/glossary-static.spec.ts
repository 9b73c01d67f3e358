import { expect, test } from '@playwright/test';
import { gotoLive } from '../support';

test('the glossary list is static HTML that React never hydrates, sent once, and the filter still narrows it', async ({
  page,
  request,
}) => {
  // Once the page is live (its scripts have run), the filter is hydrated and the list still is not.
  await gotoLive(page, '/zh/glossary');
  const filter = page.getByRole('searchbox', { name: '筛选术语' });
  await expect(filter).toBeVisible();

  const fibers = await page.evaluate(() => {
    const hydrated = (element: Element) => Object.keys(element).some((key) => key.startsWith('__reactFiber$'));
    const list = [...document.querySelectorAll('[data-glossary-group], [data-glossary-group] *')];
    return { all: list.length, hydrated: list.filter(hydrated).length, filter: hydrated(document.querySelector('input[type="search"]')!) };
  });
  expect(fibers.all).toBeGreaterThan(300);
  expect(fibers.hydrated).toBe(0);
  expect(fibers.filter).toBe(true);

  await filter.fill('一网通办');
  await expect(page.locator('[data-glossary-entry]:visible')).toHaveCount(1);
  await expect(page.getByRole('status')).toHaveText('显示 1 个术语');
  await expect(page.getByRole('link', { name: /一网通办/ })).toHaveAttribute('href', '/zh/glossary/one-network-services');

  // The explanations travel once in the first response: in the HTML, not again in the RSC payload.
  const html = await (await request.get('/en/glossary')).text();
  const heading = html.match(/<h2 id="cat-slogan"[^>]*>([^<]+)<\/h2>/)?.[1];
  expect(heading).toBe('Slogans and programmes');
  const explanation = html.match(/data-glossary-entry="one-network-services"[\s\S]*?<p[^>]*>([^<]{40})/)?.[1];
  expect(explanation).toBeTruthy();
  expect(html.split(explanation!)).toHaveLength(2);

  // A page rendered in the browser fetches the same HTML as a file.
  const fragment = await request.get('/en/glossary/fragments/list.html');
  expect(fragment.headers()['content-type']).toContain('text/html');
  expect(await fragment.text()).toContain(explanation!);
  expect((await request.get('/en/glossary/fragments/other.html')).status()).toBe(404);
});
