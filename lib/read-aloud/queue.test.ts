import { describe, expect, it } from 'vitest';
import { pickVoice, speechQueue, startAt, type SpokenSentence } from './queue';

const s = (key: string, lang: 'zh' | 'en', text: string): SpokenSentence => ({ key, lang, text });
// As the page lists them: a segment's Chinese block, then its English block.
const page = [
  s('a.1', 'zh', '第一句。'),
  s('a.2', 'zh', '第二句。'),
  s('a.1', 'en', 'One.'),
  s('a.2', 'en', 'Two.'),
  s('b.1', 'zh', '三。'),
  s('b.1', 'en', 'Three.'),
];
const both = new Set(['zh', 'en'] as const);

describe('speechQueue', () => {
  it('reads each Chinese sentence, then its English, side by side and interleaved', () => {
    expect(speechQueue(page, 'side', both).map((x) => x.text)).toEqual(['第一句。', 'One.', '第二句。', 'Two.', '三。', 'Three.']);
    expect(speechQueue(page, 'interleaved', both).map((x) => x.text)).toEqual(['第一句。', 'One.', '第二句。', 'Two.', '三。', 'Three.']);
  });

  it('reads one language in a single-language view, or where only one has a voice', () => {
    expect(speechQueue(page, 'en', both).map((x) => x.text)).toEqual(['One.', 'Two.', 'Three.']);
    expect(speechQueue(page, 'zh', both).map((x) => x.key)).toEqual(['a.1', 'a.2', 'b.1']);
    expect(speechQueue(page, 'side', new Set(['en'] as const)).map((x) => x.text)).toEqual(['One.', 'Two.', 'Three.']);
    expect(speechQueue(page, 'zh', new Set(['en'] as const))).toEqual([]);
  });

  it('starts at a sentence, or at the beginning', () => {
    const queue = speechQueue(page, 'side', both);
    expect(startAt(queue, 'a.2')).toBe(2);
    expect(startAt(queue, 'zz.9')).toBe(0);
    expect(startAt(queue, null)).toBe(0);
  });
});

describe('pickVoice', () => {
  const voices = [
    { name: 'Remote US', lang: 'en-US', localService: false },
    { name: 'Taiwan', lang: 'zh-TW', localService: true },
    { name: 'Local US', lang: 'en-US', localService: true },
    { name: 'Mainland', lang: 'zh_CN', localService: true },
    { name: 'French', lang: 'fr-FR', localService: true },
  ];

  it('prefers the main regional form and local voices', () => {
    expect(pickVoice(voices, 'zh')?.name).toBe('Mainland');
    expect(pickVoice(voices, 'en')?.name).toBe('Local US');
  });

  it('takes any voice of the language, or none', () => {
    expect(pickVoice([{ name: 'HK', lang: 'zh-HK' }], 'zh')?.name).toBe('HK');
    expect(pickVoice([{ name: 'French', lang: 'fr-FR' }], 'en')).toBeNull();
  });
});
