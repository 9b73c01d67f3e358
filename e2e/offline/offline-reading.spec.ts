import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { docPath, regulationsPath } from '../support';

/** Until the service worker controls the page and this page is saved (the first visit saves itself). */
async function offlineReady(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(async () => Boolean(await caches.match(location.pathname)))).toBe(true);
}

test('offline: documents opened or kept read in both languages, others get the offline page, and online pages are never stale', async ({
  context,
  page,
}) => {
  test.setTimeout(90_000);
  // Opened once online: offline, a reload shows the whole text in both languages.
  await page.goto(`/en${docPath}`);
  await offlineReady(page);
  const sentences = {
    zh: await page.locator('.block-zh [data-sentence]').count(),
    en: await page.locator('.block-en [data-sentence]').count(),
  };
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.block-zh [data-sentence="headline.1"]')).toContainText('北京市经济和信息化局');
  await expect(page.locator('#s1-p4 .block-en')).toContainText('Beijing has kept using digital technology');
  // Every passage, not a fragment of the page: as many sentences as online.
  expect(sentences.zh).toBeGreaterThan(40);
  expect(await page.locator('.block-zh [data-sentence]').count()).toBe(sentences.zh);
  expect(await page.locator('.block-en [data-sentence]').count()).toBe(sentences.en);

  // A page never opened: the offline page, in its locale, saying what is there.
  await page.goto('/zh/glossary');
  await expect(page.getByRole('heading', { level: 1, name: '当前处于离线状态' })).toBeVisible();
  await expect(page.getByText('离线保存')).toBeVisible();

  // Kept without being read: the Regulations, saved from their page, open offline in the other
  // language too, with pinyin and their term cards.
  await context.setOffline(false);
  await page.goto(`/en${regulationsPath}`);
  await offlineReady(page);
  await page.getByRole('button', { name: 'Keep for offline reading' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kept for offline reading' })).toBeVisible();
  await context.setOffline(true);
  await page.goto(`/zh${regulationsPath}?pinyin=1`);
  await expect(page.locator('#art-58 .block-zh')).toContainText('本条例自2023年1月1日起施行');
  await expect(page.locator('#art-58 .block-en')).toContainText('These Regulations come into force on 1 January 2023');
  await expect(page.locator('#art-58 .block-zh [data-py]').first()).toHaveAttribute('data-py', 'běn');
  await page.locator('#art-16 .block-zh [data-term="public-data-catalogue"]').first().hover();
  await expect(page.getByRole('dialog', { name: /公共数据目录/ })).toBeVisible();
  await page.keyboard.press('Escape');
  // Search, over what this device holds.
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  const search = page.getByRole('dialog', { name: '搜索' });
  await search.getByRole('searchbox').fill('公共数据目录');
  await expect(search.getByRole('region').first().getByRole('link').first()).toHaveAttribute(
    'href',
    /beijing-digital-economy-promotion-regulations/,
  );
  await page.keyboard.press('Escape');

  // Back online after an update: the page comes from the network, not the saved copy; offline
  // again, the saved copy is the new one.
  await context.setOffline(false);
  await context.route(`**/en${docPath}`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replaceAll(
      'Beijing has kept using digital technology to raise the quality',
      'UPDATED BUILD: Beijing has kept using digital technology to raise the quality',
    );
    await route.fulfill({ response, body });
  });
  await page.goto(`/en${docPath}`);
  await expect(page.locator('#s1-p4 .block-en')).toContainText('UPDATED BUILD');
  await context.unrouteAll();
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('#s1-p4 .block-en')).toContainText('UPDATED BUILD');

  // A new build's worker refreshes what the device keeps as it takes over: the kept copy of the
  // page is fetched again (its Date header moves on) without the reader opening it.
  await context.setOffline(false);
  const savedAt = () => page.evaluate(async (path) => (await caches.match(path))?.headers.get('date') ?? null, `/en${docPath}`);
  const before = await savedAt();
  expect(before).not.toBeNull();
  await page.waitForTimeout(1100);
  // The next build's worker: the served sw.js changes (the browser fetches worker scripts itself,
  // past Playwright's routing), and the page asks for an update.
  const workerFile = process.env.E2E_SW_FILE ?? 'public/sw.js';
  const worker = await readFile(workerFile, 'utf8');
  try {
    await writeFile(workerFile, `${worker}\n// the next build`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const changed = new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      await registration?.update();
      await changed;
    });
  } finally {
    await writeFile(workerFile, worker);
  }
  await expect.poll(savedAt).not.toBe(before);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('#s1-p4 .block-en')).toContainText('Beijing has kept using digital technology');
});
