import { describe, expect, it } from 'vitest';
import { isKnownPath } from './known-path';

const manifest = { documents: { 'beijing-digital-economy-2023': ['headline', 's1-p1'] }, terms: ['four-centres'] };

describe('known routes', () => {
  it('accepts every page the app builds', () => {
    for (const path of [
      '',
      '/',
      '/glossary',
      '/search',
      '/glossary/four-centres',
      '/documents/beijing-digital-economy-2023',
      '/documents/beijing-digital-economy-2023/passages/s1-p1',
      '/documents/beijing-digital-economy-2023/passages/s1-p1/opengraph-image',
    ]) {
      expect(isKnownPath(path, manifest), path).toBe(true);
    }
  });

  it('rejects unknown ids, extra segments and broken encodings', () => {
    for (const path of [
      '/nowhere',
      '/glossary/no-term',
      '/glossary/four-centres/more',
      '/documents/no-such-doc',
      '/documents/beijing-digital-economy-2023/passages/s9',
      '/documents/beijing-digital-economy-2023/passages/s1-p1/extra',
      '/documents/beijing-digital-economy-2023/other',
      '/documents/%E0%A4%A',
      '/documents/constructor',
      '/documents/__proto__',
    ]) {
      expect(isKnownPath(path, manifest), path).toBe(false);
    }
  });
});
