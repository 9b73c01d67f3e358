import { expect, test, type Page } from '@playwright/test';
import { docPath } from '../support';
import { installSpeechStub, type SpeechController } from './speech-stub';

const speech = (page: Page) =>
  page.evaluate(() => {
    const controller: SpeechController = Reflect.get(window, '__speech');
    return { current: controller.current, log: [...controller.log] };
  });
const finish = (page: Page) => page.evaluate(() => (Reflect.get(window, '__speech') as SpeechController).finish());
const textOf = (page: Page, lang: 'zh' | 'en', key: string) => page.locator(`.block-${lang} [data-sentence="${key}"]`).textContent();

test('Read aloud speaks the text sentence by sentence, Chinese then English, and can pause, skip, stop and start anywhere', async ({
  page,
}) => {
  await page.addInitScript(installSpeechStub, {});
  await page.goto(`/en${docPath}?view=side`);
  const toolbar = page.getByRole('group', { name: 'Reading settings' });
  const read = toolbar.getByRole('button', { name: 'Read aloud', exact: true });
  // The toolbar has hydrated once it shows the layout it chose.
  await expect(toolbar.getByRole('radio', { name: 'Side by side' })).toBeChecked();
  await expect(read).toHaveAttribute('aria-pressed', 'false');
  await read.click();
  await expect(read).toHaveAttribute('aria-pressed', 'true');

  // Side by side: the headline's Chinese, then its English, marked and in view as each is read.
  await expect.poll(async () => (await speech(page)).current).toBe(await textOf(page, 'zh', 'headline.1'));
  const speaking = page.locator('[data-speaking]');
  await expect(speaking).toHaveCount(1);
  await expect(page.locator('.block-zh [data-sentence="headline.1"]')).toHaveAttribute('data-speaking', '');
  await finish(page);
  await expect.poll(async () => (await speech(page)).current).toBe(await textOf(page, 'en', 'headline.1'));
  await expect(page.locator('.block-en [data-sentence="headline.1"]')).toHaveAttribute('data-speaking', '');
  await finish(page);
  await expect.poll(async () => (await speech(page)).current).toBe(await textOf(page, 'zh', 'lead.1'));

  // Pause and resume.
  await toolbar.getByRole('button', { name: 'Pause' }).click();
  await expect(toolbar.getByRole('button', { name: 'Resume' })).toBeVisible();
  await toolbar.getByRole('button', { name: 'Resume' }).click();
  await expect(toolbar.getByRole('button', { name: 'Pause' })).toBeVisible();
  expect((await speech(page)).log.filter((line) => line === 'pause' || line === 'resume')).toEqual(['pause', 'resume']);

  // Next and previous sentence.
  await toolbar.getByRole('button', { name: 'Next sentence' }).click();
  await expect.poll(async () => (await speech(page)).current).toBe(await textOf(page, 'en', 'lead.1'));
  await toolbar.getByRole('button', { name: 'Previous sentence' }).click();
  await expect.poll(async () => (await speech(page)).current).toBe(await textOf(page, 'zh', 'lead.1'));

  // Stop: nothing marked, nothing spoken.
  await read.click();
  await expect(read).toHaveAttribute('aria-pressed', 'false');
  await expect(speaking).toHaveCount(0);
  expect((await speech(page)).current).toBeNull();

  // From any passage, through its menu; the marked sentence scrolls into view.
  await page.locator('#s3-p2').getByRole('button', { name: 'Passage actions' }).click();
  await page.getByRole('menuitem', { name: 'Read aloud from here' }).click();
  await expect.poll(async () => (await speech(page)).current).toBe(await textOf(page, 'zh', 's3-p2.1'));
  await expect(page.locator('.block-zh [data-sentence="s3-p2.1"]')).toBeInViewport();

  // An engine failure stops reading and says so.
  await page.evaluate(() => (Reflect.get(window, '__speech') as SpeechController).fail('synthesis-failed'));
  await expect(toolbar.getByRole('status')).toHaveText(
    "Reading aloud stopped: the browser's speech engine reported an error (synthesis-failed).",
  );
  await expect(read).toHaveAttribute('aria-pressed', 'false');
  await expect(speaking).toHaveCount(0);

  // English only reads the English.
  await page.goto(`/en${docPath}?view=en`);
  await expect(toolbar.getByRole('radio', { name: 'English only' })).toBeChecked();
  await read.click();
  await expect.poll(async () => (await speech(page)).current).toBe(await textOf(page, 'en', 'headline.1'));
});
