import { expect, test, type Page } from '@playwright/test';
import { docPath } from '../support';
import { installSpeechStub, type SpeechController } from './speech-stub';

const textOf = (page: Page, lang: 'zh' | 'en', key: string) => page.locator(`.block-${lang} [data-sentence="${key}"]`).textContent();

test('Read aloud says so where the browser has no suitable voice', async ({ page }) => {
  await page.addInitScript(installSpeechStub, { voices: [{ name: 'Only English', lang: 'en-US' }] });
  await page.goto(`/zh${docPath}?view=zh`);
  const toolbar = page.getByRole('group', { name: '阅读设置' });
  await expect(toolbar.getByRole('radio', { name: '仅中文' })).toBeChecked();
  await toolbar.getByRole('button', { name: '朗读', exact: true }).click();
  await expect(toolbar.getByRole('status')).toHaveText('此浏览器没有所显示语言的语音，无法朗读。');
  // Side by side, it reads what it can: the English, and says why.
  await page.goto(`/zh${docPath}?view=side`);
  await expect(toolbar.getByRole('radio', { name: '左右对照' })).toBeChecked();
  await toolbar.getByRole('button', { name: '朗读', exact: true }).click();
  await expect(toolbar.getByRole('status')).toHaveText('此浏览器没有中文语音：只朗读英文。');
  await expect
    .poll(() => page.evaluate(() => (Reflect.get(window, '__speech') as SpeechController).current))
    .toBe(await textOf(page, 'en', 'headline.1'));
});
