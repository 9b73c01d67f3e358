import { expect, test } from '@playwright/test';
import { docPath } from '../support';

const regulations = 'beijing-digital-economy-promotion-regulations';

test('one glossary across documents: the list narrows to a document, and a card counts the documents a term occurs in', async ({
  page,
}) => {
  await page.goto('/en/glossary');
  const entries = page.locator('[data-glossary-entry]');
  const shown = page.locator('[data-glossary-entry]:visible');
  const total = await entries.count();
  // The Regulations brought at least 25 terms of their own.
  expect(total).toBeGreaterThanOrEqual(48 + 25);

  const document = page.getByRole('combobox', { name: 'Occurs in' });
  await expect(document).toHaveValue('');
  await document.selectOption({ label: 'Regulations for Promoting Digital Economy in Beijing' });
  await expect(page).toHaveURL(new RegExp(`/en/glossary\\?doc=${regulations}$`));
  await expect(page.locator('[data-glossary-entry="data-assets"]')).toBeVisible();
  await expect(page.locator('[data-glossary-entry="lighthouse-factory"]')).toBeHidden();
  const inRegulations = await shown.count();
  expect(inRegulations).toBeGreaterThanOrEqual(25);
  expect(inRegulations).toBeLessThan(total);
  await expect(page.getByRole('status')).toHaveText(`Terms shown: ${inRegulations}`);

  // Kept through a reload, and combined with the text filter.
  await page.reload();
  await expect(document).toHaveValue(regulations);
  await expect(shown).toHaveCount(inRegulations);
  await page.getByRole('searchbox', { name: 'Filter terms' }).fill('lighthouse');
  await expect(shown).toHaveCount(0);
  await document.selectOption({ label: 'All documents' });
  await expect(page).toHaveURL(/\/en\/glossary$/);
  await expect(shown).toHaveCount(2);

  // A term of both documents says so on its card.
  await page.goto(`/en${docPath}`);
  await page.locator('#s1-p1 .block-zh [data-term="digital-economy"]').first().hover();
  const card = page.getByRole('dialog', { name: /数字经济/ });
  await expect(card).toBeVisible();
  await expect(card.getByText('Occurs in 2 documents')).toBeVisible();

  // In the Chinese interface too.
  await page.goto(`/zh/glossary?doc=${regulations}`);
  await expect(page.getByRole('combobox', { name: '所在文本' })).toHaveValue(regulations);
  await expect(page.locator('[data-glossary-entry]:visible')).toHaveCount(inRegulations);
});
