import { expect, test } from '@playwright/test';

// The 4× copy of the interview (playwright.config.ts): passages far from the viewport are skipped
// by the browser (content-visibility), each standing in with a height estimated from its text.
const longPath = '/en/documents/bench-long-4x';

test('a long text lays out only what is near the viewport, with placeholders close to the real heights, and jumps land on target', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(longPath);
  const last = page.locator('#s4-p2-r4');
  await expect(last).toBeAttached();

  // The far end's text is skipped (not laid out), the opening passages' is not.
  const laidOut = await page.evaluate(() =>
    [...document.querySelectorAll('.seg')].map((segment) =>
      Boolean(segment.querySelector('.block-text')?.checkVisibility({ contentVisibilityAuto: true })),
    ),
  );
  expect(laidOut.length).toBeGreaterThan(80);
  expect(laidOut[0]).toBe(true);
  expect(laidOut.at(-1)).toBe(false);
  expect(laidOut.filter(Boolean).length).toBeLessThan(laidOut.length / 4);

  // With every passage laid out the page is about as long as the placeholders made it.
  const heights = await page.evaluate(async () => {
    const estimated = document.documentElement.scrollHeight;
    const style = document.createElement('style');
    style.textContent = '.seg { content-visibility: visible !important }';
    document.head.append(style);
    const real = document.documentElement.scrollHeight;
    style.remove();
    return { estimated, real };
  });
  expect(Math.abs(heights.estimated - heights.real) / heights.real).toBeLessThan(0.2);

  // The estimate reckons lines from the text's width, as the layout sets it from the viewport's
  // (reader.css, --seg-text) rather than read from a size container: a passage's width at every
  // width, with the contents beside the text from 80rem.
  for (const width of [360, 1024, 1280, 1600]) {
    await page.setViewportSize({ width, height: 740 });
    const widths = await page.evaluate(() => {
      const segment = document.querySelector('.seg');
      const probe = document.createElement('div');
      probe.style.width = 'var(--seg-text)';
      segment?.append(probe);
      const assumed = probe.getBoundingClientRect().width;
      probe.remove();
      return { assumed, real: segment?.getBoundingClientRect().width };
    });
    // A classic scrollbar (a headed run) counts in the viewport's width, not in the text's.
    const over = widths.assumed - (widths.real ?? 0);
    expect(over, `at ${width} px`).toBeGreaterThan(-1);
    expect(over, `at ${width} px`).toBeLessThan(20);
  }
  await page.setViewportSize({ width: 360, height: 740 });

  // A contents entry far down, opened from the folded contents on a phone, lands its section at
  // the top of the screen, under the header, and stays there as the passages around it render.
  await page.locator('summary').filter({ hasText: 'Contents' }).click();
  const entry = page.getByRole('navigation', { name: 'Contents' }).getByRole('link').last();
  const target = decodeURIComponent((await entry.getAttribute('href'))?.split('#')[1] ?? '');
  expect(target).not.toBe('');
  await entry.click();
  const section = page.locator(`[id="${target}"]`);
  await expect(section).toBeInViewport();
  const top = () => section.evaluate((element) => Math.round(element.getBoundingClientRect().top));
  const landed = await top();
  expect(landed).toBeGreaterThanOrEqual(0);
  expect(landed).toBeLessThan(120);
  await page.waitForTimeout(500);
  expect(await top()).toBe(landed);

  // Opened by link, the last passage is at the top too.
  await page.goto(`${longPath}#s4-p2-r4`);
  await expect(last).toBeInViewport();
  const arrived = await last.evaluate((element) => Math.round(element.getBoundingClientRect().top));
  expect(arrived).toBeGreaterThanOrEqual(0);
  expect(arrived).toBeLessThan(120);
});
