// How Chinese law numbers and names its parts: 第十八条 / Article 18, 第三章 / Chapter III, and the
// segment ids the reader gives them (art-18, ch-3). Pure.

const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–999 in Chinese numerals as laws write them: 十, 十八, 二十, 一百零三. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`chineseNumber: ${n}`);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = hundreds ? `${digits[hundreds]}百` : '';
  if (tens) out += `${tens === 1 && !hundreds ? '' : digits[tens]}十`;
  else if (hundreds && ones) out += '零';
  return out + (digits[ones] ?? '');
}

/** The number a Chinese numeral names (一百零三 → 103), or null. */
export function parseChineseNumber(text: string): number | null {
  for (let n = 1; n <= 999; n++) if (chineseNumber(n) === text) return n;
  return null;
}

const roman: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function romanNumeral(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of roman) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

export const articleId = (n: number) => `art-${n}`;
export const chapterId = (n: number) => `ch-${n}`;

/** The number in an article's or chapter's segment id (art-18 → 18), or null. */
export function partNumber(id: string, kind: 'article' | 'chapter'): number | null {
  const match = (kind === 'article' ? /^art-([1-9]\d*)$/ : /^ch-([1-9]\d*)$/).exec(id);
  return match ? Number(match[1]) : null;
}

/** An article's label as the text writes it: 第十八条 / Article 18. */
export function articleLabel(n: number): { zh: string; en: string } {
  return { zh: `第${chineseNumber(n)}条`, en: `Article ${n}` };
}

/** The articles a chapter holds: 第一条至第八条 / Articles 1–8 (one article: its label). */
export function articleRange(from: number, to: number): { zh: string; en: string } {
  if (from === to) return articleLabel(from);
  return { zh: `第${chineseNumber(from)}条至第${chineseNumber(to)}条`, en: `Articles ${from}–${to}` };
}

/** How a passage of a law is named in lists and titles: its article label; null for other passages. */
export function passageLabel(segment: { kind: string; number: number | null }): { zh: string; en: string } | null {
  return segment.kind === 'article' && segment.number !== null ? articleLabel(segment.number) : null;
}
