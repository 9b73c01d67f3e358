import { expect, test } from '@playwright/test';
import { gotoLive } from '../support';

test('the glossary lays out only the terms near the screen, and the page is about as tall as it really is', async ({ page }) => {
  for (const [width, locale] of [
    [360, 'en'],
    [412, 'zh'],
    [1280, 'en'],
  ] as const) {
    await page.setViewportSize({ width, height: 800 });
    await gotoLive(page, `/${locale}/glossary`);
    const last = page.locator('[data-glossary-entry]').last();
    await expect(last).toHaveCSS('content-visibility', 'auto');
    const heights = await page.evaluate(() => {
      const estimated = document.documentElement.scrollHeight;
      const entries = [...document.querySelectorAll<HTMLElement>('[data-glossary-entry]')];
      // The last entry is far below the screen: its contents are skipped.
      const skipped = !entries.at(-1)!.querySelector('p')!.checkVisibility({ contentVisibilityAuto: true });
      for (const entry of entries) entry.style.contentVisibility = 'visible';
      return { estimated, real: document.documentElement.scrollHeight, skipped };
    });
    expect(heights.skipped, `${width} ${locale}`).toBe(true);
    expect(Math.abs(heights.estimated / heights.real - 1), `${width} ${locale}: ${JSON.stringify(heights)}`).toBeLessThan(0.08);
  }

  // Reaching a term far down the list shows it whole: its link and explanation.
  await gotoLive(page, '/en/glossary');
  const far = page.locator('[data-glossary-entry]').last();
  const english = (await far.locator('a [lang="en"]').textContent()) ?? '';
  const rendered = () => far.locator('p').evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }));
  expect(await rendered()).toBe(false);
  await page.getByRole('link', { name: new RegExp(`${english}$`) }).scrollIntoViewIfNeeded();
  await expect(far.locator('p')).toBeInViewport();
  expect(await rendered()).toBe(true);
});
