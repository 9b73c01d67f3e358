// Build time only: a document's Chinese in Traditional characters, by OpenCC (opencc-js).
//
// OpenCC's Taiwan standard ('tw'): characters, with phrase tables deciding the characters that
// split in two (头发 頭髮 but 发展 發展, 干净 乾淨 but 干部 幹部). Not 'twp', Taiwan phrasing: it
// replaces words (信息 → 資訊, 数据 → 資料, 互联网 → 網際網路), so it would rename the Beijing
// Municipal Bureau of Economy and Information Technology (北京市经济和信息化局) and change what
// the law says, not the script it is written in.

import { Converter } from 'opencc-js';
import { convertChars, type ScriptFile } from './script';

const han = /\p{Script=Han}/u;
let converter: ((text: string) => string) | null = null;

export function opencc(text: string): string {
  converter ??= Converter({ from: 'cn', to: 'tw' });
  return converter(text);
}

/**
 * The file for one document's texts: a character map for the characters that change, and the
 * texts whose conversion the map alone would get wrong. A conversion that would change a
 * text's length is refused for the characters one by one, so offsets (search highlights, share
 * anchors) stay the same in both scripts.
 */
export function scriptFile(texts: Iterable<string>): ScriptFile {
  const file: ScriptFile = { texts: {}, chars: {} };
  const all = [...new Set(texts)];
  for (const text of all) {
    for (const char of text) {
      if (!han.test(char) || char in file.chars) continue;
      const converted = opencc(char);
      if (converted !== char && Array.from(converted).length === 1) file.chars[char] = converted;
    }
  }
  for (const text of all) {
    const converted = opencc(text);
    if (converted.length === text.length && converted !== convertChars(file, text)) file.texts[text] = converted;
  }
  return file;
}
