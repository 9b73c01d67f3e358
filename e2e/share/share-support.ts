import type { Locator, Page } from '@playwright/test';

/** Drags the mouse across the first line of an element's text, as a reader selecting would. */
export async function dragAcrossFirstLine(page: Page, element: Locator, fraction = 0.8): Promise<string> {
  const line = await element.evaluate(async (node) => {
    // Mid-screen, clear of the sticky header and toolbar: a line scrolled to the top edge can sit
    // under them, and a press there starts the selection in the header.
    node.scrollIntoView({ block: 'center' });
    // Chinese text is one box per character: join the boxes of the first line.
    const measure = () => {
      const rects = [...node.getClientRects()];
      const first = rects[0]!;
      const onLine = rects.filter((rect) => Math.abs(rect.top - first.top) < 2);
      const right = Math.max(...onLine.map((rect) => rect.right));
      return { x: first.left, y: first.top + first.height / 2, width: right - first.left };
    };
    // Passages near the screen are laid out as they come close (content-visibility), which can move
    // this one: press only once the line has stayed put for a frame and the point is on it.
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let last = measure();
    for (let tries = 0; tries < 60; tries++) {
      await frame();
      const now = measure();
      const hit = document.elementFromPoint(now.x + 12, now.y);
      if (now.x === last.x && now.y === last.y && now.width === last.width && hit && node.contains(hit)) return now;
      last = now;
    }
    throw new Error('the line never settled under the pointer');
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
