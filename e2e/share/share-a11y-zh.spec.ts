import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { dragAcrossFirstLine, wcag } from './share-support';
import { docPath } from '../support';

test('the Chinese interface labels the passage actions in Chinese and meets WCAG 2.2 AA with them open, in the dark theme', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.addInitScript(() => localStorage.setItem('duizhao:theme', 'dark'));
  const check = async (what: string) => {
    const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
    expect(
      results.violations.map(
        (violation) =>
          `${what}: ${violation.id} ${violation.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      ),
    ).toEqual([]);
  };

  await page.goto(`/zh${docPath}`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.locator('#s1-p1').getByRole('button', { name: '段落操作' }).click();
  for (const name of ['高亮', '添加笔记', '复制链接', '分享', '复制引文']) {
    await expect(page.getByRole('menuitem', { name, exact: true })).toBeVisible();
  }
  await check('menu zh');
  await page.keyboard.press('Escape');
  await dragAcrossFirstLine(page, page.locator('#s1-p1 .block-zh [data-sentence="s1-p1.1"]'), 0.5);
  const zhToolbar = page.getByRole('toolbar', { name: '所选文字的操作' });
  for (const name of ['高亮', '添加笔记', '复制链接', '分享', '复制引文']) {
    await expect(zhToolbar.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await zhToolbar.getByRole('button', { name: '高亮' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已高亮' })).toBeVisible();
  await check('toolbar zh');
  await page.getByRole('button', { name: '我的高亮与笔记' }).click();
  await expect(page.getByRole('dialog', { name: '我的高亮与笔记' }).getByRole('listitem')).toHaveCount(1);
  await check('panel zh');
});
