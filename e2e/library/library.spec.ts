import { expect, test } from '@playwright/test';

test('the library lists every document with its kind, dates, length and links, in the order the reader picks', async ({ page }) => {
  await page.goto('/en');
  await expect(page.getByText('2 documents')).toBeVisible();
  await expect(page.getByText('fixture', { exact: false })).toHaveCount(0);
  const cards = page.getByRole('article');
  await expect(cards).toHaveCount(2);

  // Newest first: the interview (January 2023), then the Regulations (November 2022).
  const interview = cards.nth(0);
  await expect(interview.getByText('Interview', { exact: true })).toBeVisible();
  await expect(interview.getByRole('heading', { level: 2 })).toContainText('Zhang Jinsong');
  await expect(
    interview.getByText('北京市经济和信息化局党组书记、局长张劲松：加快全球数字经济标杆城市建设 助力构建新发展格局'),
  ).toBeVisible();
  await expect(interview.getByText("By People's Daily Online · January 17, 2023")).toBeVisible();
  await expect(interview.getByText(/^Chinese: [\d,]+ characters, about \d+ minutes$/)).toBeVisible();
  await expect(interview.getByText(/^English: [\d,]+ words, about \d+ minutes$/)).toBeVisible();
  await expect(interview.getByRole('link', { name: 'Regulations for Promoting Digital Economy in Beijing' })).toHaveAttribute(
    'href',
    '/en/documents/beijing-digital-economy-promotion-regulations',
  );

  const regulations = cards.nth(1);
  await expect(regulations.getByText('Local regulations', { exact: true })).toBeVisible();
  await expect(regulations.getByText('北京市数字经济促进条例')).toBeVisible();
  await expect(regulations.getByText(/Adopted November 25, 2022 · In force January 1, 2023/)).toBeVisible();
  await expect(regulations.getByRole('link', { name: /^Zhang Jinsong:/ })).toHaveAttribute(
    'href',
    '/en/documents/beijing-digital-economy-2023',
  );

  // Oldest first, kept in the address and through a reload.
  const order = page.getByRole('combobox', { name: 'Order' });
  await order.selectOption({ label: 'Oldest first' });
  await expect(page).toHaveURL(/\/en\?sort=oldest$/);
  await expect(cards.nth(0).getByRole('heading', { level: 2 })).toHaveText('Regulations for Promoting Digital Economy in Beijing');
  await page.reload();
  await expect(order).toHaveValue('oldest');
  await expect(cards.nth(0).getByRole('heading', { level: 2 })).toHaveText('Regulations for Promoting Digital Economy in Beijing');

  await cards.nth(0).getByRole('heading', { level: 2 }).getByRole('link').click();
  await expect(page).toHaveURL(/\/en\/documents\/beijing-digital-economy-promotion-regulations$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Regulations for Promoting Digital Economy in Beijing' })).toBeVisible();

  // The Chinese interface says the same in its own words.
  await page.goto('/zh');
  await expect(page.getByText('共 2 篇')).toBeVisible();
  await expect(page.getByRole('article').nth(1).getByText('地方性法规', { exact: true })).toBeVisible();
  await expect(
    page
      .getByRole('article')
      .nth(1)
      .getByText(/2022年11月25日通过 · 2023年1月1日起施行/),
  ).toBeVisible();
});
