// Chinese typography for text that arrives with ASCII punctuation between Han characters (the
// interview's source writes 建设,数字城市): shown with the full-width marks Chinese uses. Every
// replacement is one UTF-16 unit for one, so offsets into a text (share anchors, search
// highlights, sentence ranges) mean the same before and after. content/sources/ keeps the text
// exactly as received; the content store normalizes what it publishes.

const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！' };
const ASCII: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(FULL_WIDTH).map(([ascii, full]) => [full, ascii]));

/** Han characters and the marks that sit among them (CJK punctuation, full-width forms, curly quotes). */
function isChinese(char: string | undefined): boolean {
  return char !== undefined && /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2026\u00b7]/u.test(char);
}

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';
// A space, not a line break: in a document a sentence ends its line.
const isSpace = (char: string | undefined) => char !== undefined && /[^\S\n]/u.test(char);

/**
 * Which of `chars` (one string per visible character, markup left out) become full-width: an
 * ASCII mark touching Chinese on either side (after it, not across a space), never one between
 * two digits (1,000; 10:30).
 */
export function fullWidthAt(chars: readonly string[]): Set<number> {
  const at = new Set<number>();
  chars.forEach((char, i) => {
    if (!(char in FULL_WIDTH)) return;
    const before = chars[i - 1];
    const after = chars[i + 1];
    if (isDigit(before) && isDigit(after)) return;
    if (isChinese(after) || (isChinese(before) && !isSpace(after))) at.add(i);
  });
  return at;
}

/** A Chinese text as we display it: ASCII , : ; ( ) ? ! among Chinese made full-width. */
export function normalizeChinesePunctuation(text: string): string {
  const chars = [...text];
  const at = fullWidthAt(chars);
  return chars.map((char, i) => (at.has(i) ? (FULL_WIDTH[char] ?? char) : char)).join('');
}

/**
 * The seven marks back to ASCII, for comparing a text with one written before normalization
 * (a share link's quote): both sides folded compare equal whichever form each had.
 */
export function foldChinesePunctuation(text: string): string {
  return text.replace(/[，：；（）？！]/gu, (char) => ASCII[char] ?? char);
}

/**
 * The Chinese blocks of an MDX document normalized in place: the text inside <Zh>…</Zh>, its
 * tags (<T id="…">) skipped when deciding what touches what. Line and column numbers stay.
 */
export function normalizeChineseBlocks(source: string): string {
  return source.replace(/(<Zh>)([\s\S]*?)(<\/Zh>)/gu, (_, open: string, body: string, close: string) => {
    const visible: { char: string; at: number }[] = [];
    const units = [...body];
    for (let i = 0; i < units.length; i += 1) {
      if (units[i] === '<') {
        while (i < units.length && units[i] !== '>') i += 1;
        continue;
      }
      visible.push({ char: units[i] ?? '', at: i });
    }
    const at = fullWidthAt(visible.map((v) => v.char));
    for (const index of at) {
      const entry = visible[index];
      if (entry) units[entry.at] = FULL_WIDTH[entry.char] ?? entry.char;
    }
    return `${open}${units.join('')}${close}`;
  });
}
