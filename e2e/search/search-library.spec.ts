import { expect, test } from '@playwright/test';

const regulations = 'beijing-digital-economy-promotion-regulations';

test('search covers the library: results grouped by document with counts, narrowed to one document in the URL', async ({ page }) => {
  await page.goto('/en/search?q=数据');
  const main = page.getByRole('main');
  const passages = main.getByRole('region', { name: 'In the texts' });
  const interviewGroup = passages.getByRole('region', { name: /^Zhang Jinsong: .* \d+ passages?$/ });
  const regulationsGroup = passages.getByRole('region', { name: /^Regulations for Promoting Digital Economy in Beijing \d+ passages$/ });
  await expect(interviewGroup).toBeVisible();
  await expect(regulationsGroup).toBeVisible();
  const count = async (name: RegExp) =>
    Number(/(\d+) passages?$/.exec((await passages.getByRole('heading', { name }).textContent()) ?? '')?.[1]);
  const inInterview = await count(/^Zhang Jinsong/);
  const inRegulations = await count(/^Regulations/);
  expect(inRegulations).toBeGreaterThan(10);

  // The filter counts every document; "All documents" sums them.
  const filter = main.getByRole('group', { name: 'Show passages from' });
  const all = filter.getByRole('radio', { name: `All documents (${inInterview + inRegulations})` });
  await expect(all).toBeChecked();
  const only = filter.getByRole('radio', { name: `Regulations for Promoting Digital Economy in Beijing (${inRegulations})` });
  await only.check();
  await expect(page).toHaveURL(new RegExp(`/en/search\\?q=.+&doc=${regulations}$`));
  await expect(main.getByRole('status')).toHaveText(
    new RegExp(`${inRegulations} passages in Regulations for Promoting Digital Economy in Beijing$`),
  );
  await expect(interviewGroup).toHaveCount(0);
  await expect(regulationsGroup.getByRole('listitem')).toHaveCount(inRegulations);
  // An article's result names it as the law does, and leads to it.
  const hit = regulationsGroup.getByRole('listitem').filter({ hasText: /^Article 2(?!\d)/ });
  await expect(hit).toHaveCount(1);
  await expect(hit.getByRole('link')).toHaveAttribute('href', new RegExp(`^/en/documents/${regulations}\\?hl=.+#art-2$`));

  // The choice survives a reload; arrow keys move between the documents, as in any radio group.
  await page.reload();
  await expect(only).toBeChecked();
  await expect(interviewGroup).toHaveCount(0);
  await only.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(
    filter.getByRole('radio', {
      name: `Zhang Jinsong: Accelerate the Building of a Global Digital Economy Benchmark City (${inInterview})`,
    }),
  ).toBeChecked();
  await expect(page).toHaveURL(/&doc=beijing-digital-economy-2023$/);
  await expect(regulationsGroup).toHaveCount(0);
  await page.keyboard.press('ArrowLeft');
  await expect(all).toBeChecked();
  await expect(page).toHaveURL(/\/en\/search\?q=[^&]+$/);
  await expect(interviewGroup).toBeVisible();

  // A document with no match for the query says so, and how many match elsewhere.
  await page.goto(`/en/search?q=yiwangtongban&doc=${regulations}`);
  await expect(main.getByRole('status')).toHaveText(/^1 glossary term and 1 passage in Regulations/);
  await page.goto(`/en/search?q=灯塔工厂&doc=${regulations}`);
  await expect(main.getByRole('status')).toHaveText(
    'No passages in Regulations for Promoting Digital Economy in Beijing. 1 passage matches in all documents.',
  );

  // The Chinese interface.
  await page.goto(`/zh/search?q=数据&doc=${regulations}`);
  await expect(
    page.getByRole('main').getByRole('radio', { name: new RegExp(`^北京市数字经济促进条例\\s?（${inRegulations}）$`) }),
  ).toBeChecked();
  await expect(
    page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ hasText: /^第二条(?!\d)/ })
      .getByRole('link'),
  ).toHaveAttribute('href', /#art-2$/);
});
