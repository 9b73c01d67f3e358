import type { Locator, Page } from '@playwright/test';

/** Drags the mouse across the first line of an element's text, as a reader selecting would. */
export async function dragAcrossFirstLine(page: Page, element: Locator, fraction = 0.8): Promise<string> {
  await element.scrollIntoViewIfNeeded();
  const line = await element.evaluate((node) => {
    // Chinese text is one box per character: join the boxes of the first line.
    const rects = [...node.getClientRects()];
    const first = rects[0]!;
    const onLine = rects.filter((rect) => Math.abs(rect.top - first.top) < 2);
    const right = Math.max(...onLine.map((rect) => rect.right));
    return { x: first.left, y: first.top + first.height / 2, width: right - first.left };
  });
  // Start inside the first character: a press on its very left edge can land on the previous sentence.
  await page.mouse.move(line.x + 12, line.y);
  await page.mouse.down();
  await page.mouse.move(line.x + Math.max(20, line.width * fraction), line.y, { steps: 8 });
  await page.mouse.up();
  return page.evaluate(() => window.getSelection()?.toString() ?? '');
}

/** Text of every range painted under a CSS Custom Highlight name. */
export function paintedText(page: Page, name: string): Promise<string[]> {
  return page.evaluate((highlight) => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    return [...(registry?.get(highlight) ?? [])].map((range) => range.toString());
  }, name);
}

export const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
