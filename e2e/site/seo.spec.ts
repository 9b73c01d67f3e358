import { expect, test } from '@playwright/test';
import { docPath } from '../support';

test('pages carry metadata, hreflang, JSON-LD, a favicon, a sitemap and robots.txt', async ({ page, request }) => {
  await page.goto(`/en${docPath}`);
  await expect(page).toHaveTitle(/Zhang Jinsong.*· Duizhao/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /digital economy/);
  await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute(
    'href',
    /\/zh\/documents\/beijing-digital-economy-2023$/,
  );
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    'href',
    /\/en\/documents\/beijing-digital-economy-2023$/,
  );
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/en\/documents\/beijing-digital-economy-2023$/);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd).toMatchObject({ '@type': 'Article', datePublished: '2023-01-17', headline: expect.stringContaining('张劲松') });

  // The favicon is in the page (no request at the load event, before the first paint), in both themes.
  const favicon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(favicon).toMatch(/^data:image\/svg\+xml,/);
  expect(decodeURIComponent(favicon ?? '')).toContain('prefers-color-scheme:dark');
  const icon = await request.get('/icon.svg');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
  // Chromium draws the manifest's icon while the page loads: an outline, not text that needs a CJK font.
  const iconSvg = await icon.text();
  expect(iconSvg).toMatch(/<path d='M[^']+'\/>/);
  expect(iconSvg).not.toContain('<text');
  // Asked for by crawlers, and by browsers for documents that declare none: an icon, not a 404.
  const ico = await request.get('/favicon.ico');
  expect(ico.status()).toBe(200);
  expect(ico.headers()['content-type']).toBe('image/x-icon');
  const body = await ico.body();
  expect([...body.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
  expect(body.subarray(22, 26).toString('latin1')).toBe('\x89PNG');

  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  expect(xml).toContain('/zh/documents/beijing-digital-economy-2023</loc>');
  expect(xml).toContain('/en</loc>');
  expect(xml).toContain('/en/glossary/four-centres</loc>');
  expect(xml).toContain('/zh/documents/beijing-digital-economy-2023/passages/s1-p1</loc>');
  expect(xml).not.toContain('fixture');

  const robots = await request.get('/robots.txt');
  expect(await robots.text()).toMatch(/Sitemap: .*\/sitemap\.xml/);

  await page.goto('/zh');
  await expect(page).toHaveTitle('文库 · 对照');
});
