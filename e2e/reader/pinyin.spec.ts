import { expect, test, type Page } from '@playwright/test';
import { docPath } from '../support';

function wordsOf(page: Page, within: string) {
  return page
    .locator(`${within} [data-py]`)
    .evaluateAll((words) => words.map((word) => `${word.textContent}:${word.getAttribute('data-py')}`));
}

test('the pinyin toggle shows readings above the Chinese, by word and right in context', async ({ page }) => {
  await page.goto(`/en${docPath}`);
  // Readings come from the document's readings file when pinyin is turned on, and are drawn by CSS.
  await expect(page.locator('.block-zh [data-py]')).toHaveCount(0);
  const firstWord = page.locator('.block-zh [data-py]').first();
  const readingShown = () => firstWord.evaluate((element) => getComputedStyle(element, '::before').content);
  const heading = page.getByRole('heading', { level: 2, name: '数字经济全面赋能产业、城市、生活' });
  await expect(heading).toBeVisible();
  const toggle = page.getByRole('button', { name: 'Pinyin' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // Written as a word, shown to the eye but not read out twice (the alternative text is empty).
  await expect.poll(readingShown).toBe('"běijīngshì" / ""');
  await expect(page).toHaveURL(/pinyin=1/);

  // The headline, word by word: 局长 is júzhǎng; 一网通办 is one word; the text itself is unchanged.
  const headline = await wordsOf(page, '.block-zh [data-sentence="headline.1"]');
  expect(headline.slice(0, 5)).toEqual(['北京市:běijīngshì', '经济:jīngjì', '和:hé', '信息化:xìnxīhuà', '局:jú']);
  expect(headline).toContain('局长:júzhǎng');
  expect(await wordsOf(page, '#s1-p3 .block-zh')).toEqual(expect.arrayContaining(['一网通办:yīwǎngtōngbàn']));
  const text = (await page.locator('.block-zh').allTextContents()).join('');
  expect(text).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔù]/);

  // Remembered on the next visit; turning it off hides readings again.
  await page.goto(`/en${docPath}`);
  await expect(page.getByRole('button', { name: 'Pinyin' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(readingShown).toBe('"běijīngshì" / ""');
  await page.getByRole('button', { name: 'Pinyin' }).click();
  await expect.poll(readingShown).toBe('none');
});

test('pinyin is set like a book: centred over its word, no annotation touching another, no line starting with a comma', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/zh${docPath}?view=zh&pinyin=1`);
  const block = page.locator('#s1-p4 .block-zh');
  await expect(block.locator('[data-py]').first()).toBeAttached();
  const layout = await block.evaluate((root) => {
    const words = [...root.querySelectorAll<HTMLElement>('[data-py]')];
    // The annotation is the word column's top part: the line of its ::before.
    const boxes = words.map((word) => {
      const box = word.getBoundingClientRect();
      const style = getComputedStyle(word, '::before');
      const height = parseFloat(style.lineHeight);
      const glyphs = [...word.children].map((glyph) => glyph.getBoundingClientRect());
      const left = Math.min(...glyphs.map((glyph) => glyph.left));
      const right = Math.max(...glyphs.map((glyph) => glyph.right));
      return {
        top: box.top,
        bottom: box.top + height,
        left: box.left,
        right: box.right,
        centre: (box.left + box.right) / 2,
        text: (left + right) / 2,
        glyphs,
      };
    });
    let overlaps = 0;
    for (let a = 0; a < boxes.length; a++) {
      for (let b = a + 1; b < boxes.length; b++) {
        const p = boxes[a]!;
        const q = boxes[b]!;
        if (p.left < q.right - 0.5 && q.left < p.right - 0.5 && p.top < q.bottom - 0.5 && q.top < p.bottom - 0.5) overlaps++;
      }
    }
    // Annotations over the characters of other lines: the characters of every word against every annotation.
    let overText = 0;
    for (const annotation of boxes) {
      for (const word of boxes) {
        for (const glyph of word.glyphs) {
          if (
            annotation.left < glyph.right - 0.5 &&
            glyph.left < annotation.right - 0.5 &&
            annotation.top < glyph.bottom - 0.5 &&
            glyph.top < annotation.bottom - 0.5
          )
            overText++;
        }
      }
    }
    const offCentre = Math.max(...boxes.map((box) => Math.abs(box.centre - box.text)));
    // Even spacing inside a word: the gaps between its characters are all alike.
    const gaps = boxes.flatMap((box) => box.glyphs.slice(1).map((glyph, index) => glyph.left - box.glyphs[index]!.right));
    // Lines (by the top of their characters) that begin with closing punctuation.
    const lineStarts = new Map<number, { x: number; char: string }>();
    const walker = document.createTreeWalker(root.querySelector('.block-text')!, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      for (let index = 0; index < node.length; index++) {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const rect = range.getBoundingClientRect();
        if (rect.width === 0) continue;
        const line = Math.round(rect.bottom / 4);
        const start = lineStarts.get(line);
        if (!start || rect.left < start.x) lineStarts.set(line, { x: rect.left, char: node.data[index]! });
      }
    }
    return {
      count: boxes.length,
      overlaps,
      overText,
      offCentre,
      maxGap: Math.max(...gaps),
      minGap: Math.min(...gaps),
      starts: [...lineStarts.values()].map((start) => start.char),
    };
  });
  expect(layout.count).toBeGreaterThan(40);
  expect(layout.overlaps).toBe(0);
  expect(layout.overText).toBe(0);
  expect(layout.offCentre).toBeLessThan(1);
  expect(layout.maxGap - layout.minGap).toBeLessThan(0.5);
  expect(layout.starts.filter((char) => /[，。、；：？！）》”]/.test(char))).toEqual([]);
});

test('tone colours follow Pleco’s convention, only when asked for', async ({ page }) => {
  await page.goto(`/en${docPath}?pinyin=1`);
  const jian = page.locator('#s1-p4 .block-zh [data-py="jiānchí"] [data-tone]').first();
  await expect(jian).toHaveAttribute('data-tone', '1');
  const ink = await jian.evaluate((element) => getComputedStyle(element).color);
  const tones = page.getByRole('button', { name: 'Tone colours' });
  await expect(tones).toHaveAttribute('aria-pressed', 'false');
  await tones.click();
  await expect(tones).toHaveAttribute('aria-pressed', 'true');
  // Tone 1 red (#b91c1c in the light theme), tone 2 green: 持 is chí.
  await expect(jian).toHaveCSS('color', 'rgb(185, 28, 28)');
  await expect(page.locator('#s1-p4 .block-zh [data-py="jiānchí"] [data-tone="2"]').first()).toHaveCSS('color', 'rgb(21, 128, 61)');
  // Remembered; off again gives the ink back.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Tone colours' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Tone colours' }).click();
  await expect(jian).toHaveCSS('color', ink);
});
