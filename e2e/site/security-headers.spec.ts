import { expect, test } from '@playwright/test';
import { docPath } from '../support';

test('every response carries the security headers and the pages run without CSP violations', async ({ page, request }) => {
  for (const path of ['/en', `/zh${docPath}`, '/en/glossary', '/en/nowhere', '/icon.svg', '/robots.txt']) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], path).toContain("object-src 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    expect(headers['x-powered-by'], path).toBeUndefined();
  }

  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(`/en${docPath}?pinyin=1`);
  await page.getByRole('radio', { name: 'Chinese only' }).check();
  await page.locator('[data-term]').first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.goto('/zh/glossary');
  expect(violations).toEqual([]);
});
