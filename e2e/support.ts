import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { liveEvent } from '../lib/first-paint/events';
import { normalizeChinesePunctuation } from '../lib/text/chinese-punctuation';

export const docPath = '/documents/beijing-digital-economy-2023';

/**
 * The source text as published, one line per heading or paragraph (the last line is the rights
 * notice), as the app shows it: verbatim but for ASCII punctuation among Chinese, made full-width.
 */
export const seedLines = readFileSync(path.join(process.cwd(), 'content', 'sources', 'beijing-digital-economy-2023.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map(normalizeChinesePunctuation);

export const regulationsPath = '/documents/beijing-digital-economy-promotion-regulations';

/** A page of every kind, in both interface languages (the 404 included). */
export const everyPageKind = [
  '/en',
  '/zh',
  `/en${docPath}`,
  `/zh${docPath}`,
  `/en${regulationsPath}`,
  `/zh${regulationsPath}`,
  `/en${regulationsPath}/passages/art-18`,
  '/en/search?q=数据',
  '/zh/search?q=数据',
  '/en/glossary',
  '/zh/glossary',
  '/en/glossary/five-key-initiatives',
  '/zh/glossary/one-network-services',
  '/en/about',
  '/zh/about',
  '/en/offline',
  '/zh/offline',
  '/en/no-such-page',
  '/zh/no-such-page',
];

/** The Regulations' official text, one paragraph per line. */
export const regulationsLines = readFileSync(
  path.join(process.cwd(), 'content', 'sources', 'beijing-digital-economy-promotion-regulations.txt'),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim() !== '');

/** The centre of the first character of `text` where it first occurs in a sentence, in viewport pixels. */
export async function charPoint(page: Page, sentence: string, text: string) {
  const element = page.locator(`.block-zh [data-sentence="${sentence}"]`);
  await element.scrollIntoViewIfNeeded();
  return element.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`${wanted} not in the sentence`);
  }, text);
}

/**
 * Rests the mouse on the first character of `text` in a sentence until `card` shows. The word
 * lookup listens once its island has hydrated, which can come after `load` on a busy machine, and
 * passages near the sentence may still be taking their real heights: so the point is measured
 * again and the move made again until the card answers.
 */
export async function hoverChar(page: Page, sentence: string, text: string, card: Locator) {
  await expect(async () => {
    const point = await charPoint(page, sentence, text);
    await page.mouse.move(point.x - 2, point.y);
    await page.mouse.move(point.x, point.y);
    await expect(card).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
}

const liveFlag = '__duizhaoLive';
const watched = new WeakSet<Page>();

/**
 * Opens a page and waits until it is live: its scripts loaded and its islands hydrated, their
 * listeners attached. `networkidle` does not say so: the scripts start after the first paint,
 * which on a busy machine can come after the network's 500 ms of quiet that follow the HTML.
 */
export async function gotoLive(page: Page, url: string) {
  if (!watched.has(page)) {
    watched.add(page);
    await page.addInitScript(({ event, flag }) => addEventListener(event, () => Object.assign(window, { [flag]: true }), { once: true }), {
      event: liveEvent,
      flag: liveFlag,
    });
  }
  await page.goto(url);
  await page.waitForFunction((flag) => flag in window, liveFlag);
}
