import { expect, test } from '@playwright/test';
import { docPath } from '../support';

const xss = '"><img src=x onerror=alert(1)><script>alert(2)</script>';

test('hostile paths, parameters and stored preferences: right status, no script, no errors, nothing lost', async ({ page }) => {
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // A 404 or 400 document logs its own status as a resource error; anything else is ours.
    if (message.type() === 'error' && !/status of 40[04]/.test(message.text())) errors.push(message.text());
  });

  // Locale and slug paths: a localized 404 (or the proxy's redirect to one), never a 500.
  const paths: [string, number][] = [
    [`/en/documents/${encodeURIComponent(xss)}`, 404],
    [`/zh/glossary/${encodeURIComponent('../../etc/passwd')}`, 404],
    ['/en/documents/%E0%A4%A', 400],
    [`/${encodeURIComponent('<svg onload=alert(1)>')}/documents`, 404],
    [`/en/documents/beijing-digital-economy-2023/passages/${'x'.repeat(3000)}`, 404],
    ['/en/documents/__proto__', 404],
    ['/zh/glossary/constructor', 404],
    // Malformed percent-encoding before any locale: a bad request, answered with the 404 page.
    ['/%ff', 400],
    ['/%E0%A4%A', 400],
    ['/documents/%ff', 400],
  ];
  for (const [path, status] of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(status);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(/Page not found|页面未找到/);
  }

  // View and pinyin parameters: fall back to the default layout, still 200, nothing injected.
  for (const query of [
    `view=${encodeURIComponent(xss)}`,
    'view=side&view=zh',
    `pinyin=${'1'.repeat(5000)}`,
    'view[]=zh',
    `q=${'%'.repeat(50)}`,
  ]) {
    const response = await page.goto(`/en${docPath}?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.locator('[data-segment]').first()).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  }

  // Damaged preferences in storage are ignored, and left where they are.
  await page.evaluate((value) => {
    for (const key of ['duizhao:view', 'duizhao:pinyin', 'duizhao:theme', 'duizhao:size']) localStorage.setItem(key, value);
  }, xss);
  await page.goto(`/zh${docPath}`);
  await expect(page.locator('html')).not.toHaveAttribute('data-view', /.+/);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  await expect(page.getByRole('radio', { name: '左右对照' })).toBeChecked();
  expect(await page.evaluate(() => localStorage.getItem('duizhao:view'))).toBe(xss);

  // An oversized fragment and a fragment that is markup.
  await page.goto(`/en${docPath}#${'s'.repeat(20000)}`);
  await page.goto(`/en${docPath}#${encodeURIComponent(xss)}`);
  await expect(page.locator('[data-segment]').first()).toBeVisible();

  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});
