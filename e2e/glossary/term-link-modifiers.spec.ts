import { expect, test } from '@playwright/test';
import { docPath } from '../support';

/*
 * A term in the text is a link to its glossary entry that the live page turns into a button for
 * its card. A click with a modifier stays the link's, as the reader expects of any link: Ctrl or ⌘
 * opens the entry in a new tab, Alt downloads it, and neither opens the card.
 */
test('a click with a modifier on a term does what it does on a link, not open the card', async ({ page, context }) => {
  await page.goto(`/en${docPath}`);
  const term = page.locator('#s1-p2 .block-en [data-term="lighthouse-factory"]');
  // Live: the term has become a button.
  await expect(term).toHaveAttribute('role', 'button');
  const entry = await term.getAttribute('href');
  expect(entry).toMatch(/\/en\/glossary\//);

  const card = page.getByRole('dialog', { name: /Lighthouse Factory/ });
  // Hovering shows the card as a preview, which goes when the pointer does; a click keeps it open.
  const away = () => page.mouse.move(5, 400);

  const opened = context.waitForEvent('page');
  await term.click({ modifiers: ['ControlOrMeta'] });
  const tab = await opened;
  await expect(tab).toHaveURL(new RegExp(`${entry}$`));
  await tab.close();
  await away();
  await expect(card).toBeHidden();

  const download = page.waitForEvent('download');
  await term.click({ modifiers: ['Alt'] });
  expect((await download).url()).toMatch(new RegExp(`${entry}$`));
  await away();
  await expect(card).toBeHidden();

  // A plain click opens the card.
  await term.click();
  await away();
  // Past the preview's close delay.
  await page.waitForTimeout(500);
  await expect(card).toBeVisible();
  await expect(term).toHaveAttribute('aria-expanded', 'true');
});
