import { expect, test } from '@playwright/test';
import { docPath } from '../support';

test('the text is static HTML that React never hydrates, sent once, with its islands live', async ({ page, request }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(`/en${docPath}`);
  // The toolbar is an island: hydrated, it knows the layout and checks it.
  await expect(page.getByRole('radio', { name: 'Side by side' })).toBeChecked();

  const fibers = await page.evaluate(() => {
    const hydrated = (element: Element) => Object.keys(element).some((key) => key.startsWith('__reactFiber$'));
    const count = (selector: string) => {
      const elements = [...document.querySelectorAll(selector)];
      return { all: elements.length, hydrated: elements.filter(hydrated).length };
    };
    return {
      segments: count('[data-segment]'),
      sentences: count('[data-sentence]'),
      terms: count('[data-term]'),
      toolbar: hydrated(document.querySelector('[role="group"] input[type="radio"]')!),
    };
  });
  expect(fibers.segments.all).toBeGreaterThan(20);
  expect(fibers.sentences.all).toBeGreaterThan(80);
  expect(fibers.terms.all).toBeGreaterThan(100);
  expect([fibers.segments.hydrated, fibers.sentences.hydrated, fibers.terms.hydrated]).toEqual([0, 0, 0]);
  expect(fibers.toolbar).toBe(true);

  // The words travel once in the first response: in the HTML, not again in the RSC payload.
  const html = await (await request.get(`/en${docPath}`)).text();
  const sentence = '坚持数字赋能生活高品质升级。';
  expect(html.split(sentence)).toHaveLength(2);
  expect(html).not.toContain('data-readings');
  // Pinyin is a file of its own, fetched only when it is turned on.
  expect(fetched.some((path) => path.endsWith('/readings.json'))).toBe(false);
  const readings = page.waitForResponse((response) => response.url().endsWith('/readings.json'));
  await page.getByRole('button', { name: 'Pinyin' }).click();
  expect((await readings).ok()).toBe(true);
  await expect(page.locator('#s1-p4 .block-zh [data-py]').first()).toHaveAttribute('data-py', 'jiānchí');

  // A page rendered in the browser fetches the same HTML as a file.
  const fragment = await request.get(`/en${docPath}/fragments/body.html`);
  expect(fragment.headers()['content-type']).toContain('text/html');
  expect(await fragment.text()).toContain(sentence);
});
