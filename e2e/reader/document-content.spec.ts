import { expect, test } from '@playwright/test';
import { docPath, seedLines } from '../support';

test('every line of the interview is on the page, segment by segment, in both languages', async ({ page }) => {
  await page.goto(`/en${docPath}`);
  const segments = page.locator('[data-segment]');
  await expect(segments).toHaveCount(seedLines.length - 1);

  const facts = await segments.evaluateAll((elements) =>
    elements.map((element) => ({
      id: element.id,
      data: element.getAttribute('data-segment'),
      zh: element.querySelector('[lang|="zh"]')?.textContent ?? '',
      en: element.querySelector('[lang="en"]:not(.tn)')?.textContent ?? '',
      // A sentence's language is that of its nearest ancestor with a lang attribute, inside the segment.
      zhSentences: [...element.querySelectorAll('[data-sentence]')]
        .filter((s) => element.contains(s.closest('[lang]')) && s.closest('[lang]')?.getAttribute('lang')?.startsWith('zh'))
        .map((s) => s.getAttribute('data-sentence')),
      enSentences: [...element.querySelectorAll('[data-sentence]')]
        .filter((s) => element.contains(s.closest('[lang]')) && s.closest('[lang]')?.getAttribute('lang') === 'en')
        .map((s) => s.getAttribute('data-sentence')),
    })),
  );
  expect(new Set(facts.map((fact) => fact.id)).size).toBe(facts.length);
  // Chinese typography: no ASCII comma, colon or semicolon between two Han characters, anywhere.
  expect(await page.locator('body').textContent()).not.toMatch(/\p{Script=Han}[,:;]\p{Script=Han}/u);
  facts.forEach((fact, index) => {
    expect(fact.data).toBe(fact.id);
    expect(fact.zh).toBe(seedLines[index]);
    expect(fact.en.length).toBeGreaterThan(fact.zh.length / 3);
    expect(fact.zhSentences.length).toBeGreaterThan(0);
    expect(fact.enSentences).toEqual(fact.zhSentences);
    fact.zhSentences.forEach((sentence, n) => expect(sentence).toBe(`${fact.id}.${n + 1}`));
  });

  // The rights notice (last source line) is the source notice, in both languages.
  const notice = page.getByRole('contentinfo').or(page.locator('.doc-footer'));
  await expect(notice.getByText(seedLines.at(-1) ?? '')).toBeVisible();
  await expect(notice.getByText(/Copyright notice/)).toBeVisible();

  // Byline, four section headings and the figures that must survive translation.
  await expect(page.getByText('Meng Zhu').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /数字经济全面赋能产业/ })).toBeVisible();
  await expect(page.locator('h2[class="block-text"]')).toHaveCount(8);
  const english = (await page.locator('.block-en').allTextContents()).join(' ');
  for (const figure of ['1.296 million', '75,000', '10,000', '29%', 'Foton Cummins', 'Sany Heavy Industry', 'Xiaomi', 'Wangfujing']) {
    expect(english).toContain(figure);
  }
});
