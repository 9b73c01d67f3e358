import { expect, test } from '@playwright/test';
import { docPath } from '../support';

// Only against out/ served by a static file server (playwright.static.config.ts).

test('the static site: / picks the browser’s language, files stand in for the server, unknown paths are 404s', async ({
  browser,
  page,
  request,
}) => {
  // The browser prefers Chinese: / sends it to /zh; English otherwise.
  const chinese = await browser.newContext({ locale: 'zh-CN' });
  const zhPage = await chinese.newPage();
  await zhPage.goto('/');
  await expect(zhPage).toHaveURL(/\/zh$/);
  await expect(zhPage.getByRole('heading', { level: 1, name: '文库' })).toBeVisible();
  await chinese.close();
  await page.goto('/');
  await expect(page).toHaveURL(/\/en$/);

  // Without JavaScript, / offers both languages.
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto('/');
  await expect(plain.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en');
  await expect(plain.getByRole('link', { name: '中文' })).toHaveAttribute('href', '/zh');
  await noJs.close();

  // Unknown paths, malformed escapes: the 404 page with a 404 (or 400) status, never a 500.
  for (const path of ['/en/no-such-page', '/zh/documents/no-such-document', '/fr']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text()).toMatch(/Page not found|页面未找到/);
  }
  for (const path of ['/%ff', '/en/%E0%A4%A', `/en${docPath}/%ff`]) {
    expect([400, 404], path).toContain((await request.get(path)).status());
  }

  // The security headers of next.config.js, from the generated serve.json; passage images as PNG.
  const headers = (await request.get(`/en${docPath}`)).headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  const image = await request.get(`/en${docPath}/passages/s1-p1/opengraph-image`);
  expect(image.headers()['content-type']).toBe('image/png');

  // Precompressed beside each text file, for servers that serve them as they are.
  for (const file of [`/en${docPath}.html`, '/search-index.json']) {
    expect((await request.get(`${file}.br`)).status(), `${file}.br`).toBe(200);
    expect((await request.get(`${file}.gz`)).status(), `${file}.gz`).toBe(200);
  }
  // The same data files as the Node build.
  for (const file of ['/routes.json', `/en${docPath}/readings.json`, `/en${docPath}/dictionary.json`, '/sitemap.xml']) {
    expect((await request.get(file)).status(), file).toBe(200);
  }
});
