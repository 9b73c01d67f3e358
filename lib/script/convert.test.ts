import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createContentStore, type LoadedDocument } from '@/lib/content/store';
import { opencc, scriptFile } from './convert';
import { documentTexts } from './document-texts';
import { convertChars, isScript, toTraditional } from './script';

let interview: LoadedDocument;
let documents: LoadedDocument[];

beforeAll(async () => {
  documents = await createContentStore({ root: path.join(process.cwd(), 'content') }).getDocuments();
  const found = documents.find((document) => document.meta.slug === 'beijing-digital-economy-2023');
  if (!found) throw new Error('interview missing');
  interview = found;
}, 60_000);

describe('Traditional characters', () => {
  it('converts the interview’s terms in Taiwan-standard characters, names and words unchanged', () => {
    const file = scriptFile(documentTexts(interview));
    const pinned: Record<string, string> = {
      北京市经济和信息化局: '北京市經濟和信息化局',
      党组书记: '黨組書記',
      全球数字经济标杆城市: '全球數字經濟標杆城市',
      数字经济: '數字經濟',
      一网通办: '一網通辦',
      一网统管: '一網統管',
      一网慧治: '一網慧治',
      七通一平: '七通一平',
      车路云网图: '車路雲網圖',
      五子联动: '五子聯動',
      新赛道: '新賽道',
      灯塔工厂: '燈塔工廠',
      新型基础设施: '新型基礎設施',
      国际消费中心城市: '國際消費中心城市',
      高精尖: '高精尖',
    };
    for (const [simplified, traditional] of Object.entries(pinned)) expect(toTraditional(file, simplified), simplified).toBe(traditional);
  });

  it('gives every text of every document exactly what OpenCC gives, at the same length', () => {
    for (const document of documents) {
      const texts = documentTexts(document);
      const file = scriptFile(texts);
      for (const text of texts) {
        const converted = toTraditional(file, text);
        expect(converted.length).toBe(text.length);
        if (opencc(text).length === text.length) expect(converted).toBe(opencc(text));
      }
      expect(toTraditional(file, '发展')).toBe('發展');
    }
  });

  it('lists only the texts the character map would get wrong', () => {
    const file = scriptFile(['头发很长', '发展经济']);
    expect(file.chars['发']).toBe('發');
    expect(Object.keys(file.texts)).toEqual(['头发很长']);
    expect(toTraditional(file, '头发很长')).toBe('頭髮很長');
    expect(convertChars(file, '发展经济')).toBe('發展經濟');
  });

  it('accepts only the two scripts', () => {
    expect(isScript('hant')).toBe(true);
    expect(isScript('hans')).toBe(true);
    expect(isScript('HANT')).toBe(false);
    expect(isScript('zh-TW')).toBe(false);
  });
});
