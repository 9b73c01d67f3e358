// CC-CEDICT writes pinyin with tone numbers ("jian4 she4", "lu:4"); readers expect tone marks.
// Browser-safe and dependency-free: the build and the word card both use it.

const vowels = 'aeiouü';
const marks: Record<string, readonly string[]> = {
  a: ['ā', 'á', 'ǎ', 'à'],
  e: ['ē', 'é', 'ě', 'è'],
  i: ['ī', 'í', 'ǐ', 'ì'],
  o: ['ō', 'ó', 'ǒ', 'ò'],
  u: ['ū', 'ú', 'ǔ', 'ù'],
  ü: ['ǖ', 'ǘ', 'ǚ', 'ǜ'],
};

/** The vowel that carries the mark: a or e first, then the o of "ou", else the last vowel. */
function markIndex(syllable: string): number {
  const lower = syllable.toLowerCase();
  for (const vowel of ['a', 'e']) {
    const at = lower.indexOf(vowel);
    if (at >= 0) return at;
  }
  const ou = lower.indexOf('ou');
  if (ou >= 0) return ou;
  for (let index = lower.length - 1; index >= 0; index--) if (vowels.includes(lower[index] ?? '')) return index;
  return -1;
}

/** One numbered syllable ("lu:4", "Bei3", "r5", "m2") to tone marks ("lǜ", "Běi", "r", "ḿ"). */
export function markSyllable(numbered: string): string {
  const match = /^([A-Za-zÜü:]+)([1-5])$/.exec(numbered);
  const body = (match?.[1] ?? numbered).replace(/u:/g, 'ü').replace(/U:/g, 'Ü');
  const tone = Number(match?.[2] ?? 5);
  if (tone === 5) return body;
  if (/^[mM]$/.test(body) || /^[nN][gG]?$/.test(body)) {
    // The syllabic nasals (呣 m̄, 嗯 ǹg) take a combining mark.
    const combining = ['\u0304', '\u0301', '\u030C', '\u0300'][tone - 1] ?? '';
    return `${body[0] ?? ''}${combining}${body.slice(1)}`.normalize('NFC');
  }
  const at = markIndex(body);
  if (at < 0) return body;
  const char = body[at] ?? '';
  const marked = marks[char.toLowerCase()]?.[tone - 1] ?? char;
  return (
    body.slice(0, at) + (char === char.toUpperCase() && char !== char.toLowerCase() ? marked.toUpperCase() : marked) + body.slice(at + 1)
  );
}

/** A CEDICT reading ("shu4 zi4 jing1 ji4") as marked syllables ("shù zì jīng jì"); other tokens (",", "·") kept. */
export function markPinyin(numbered: string): string {
  return numbered
    .trim()
    .split(/\s+/)
    .map((token) => (/[1-5]$/.test(token) ? markSyllable(token) : token))
    .join(' ');
}

/**
 * Syllables written as one word, the way pinyin orthography joins them: "jiàn shè" → "jiànshè",
 * with an apostrophe where a syllable starting with a, o or e would otherwise run into the one
 * before ("xī ān" → "xī'ān").
 */
export function joinWord(syllables: string): string {
  const parts = syllables.trim().split(/\s+/).filter(Boolean);
  return parts.map((syllable, index) => (index > 0 && /^[aoeāáǎàōóǒòēéěè]/i.test(syllable) ? `'${syllable}` : syllable)).join('');
}

/** Tone of a marked syllable, 1–4, or 5 for the neutral tone. */
export function toneOf(syllable: string): 1 | 2 | 3 | 4 | 5 {
  const decomposed = syllable.normalize('NFD');
  if (decomposed.includes('\u0304')) return 1;
  if (decomposed.includes('\u0301')) return 2;
  if (decomposed.includes('\u030C')) return 3;
  if (decomposed.includes('\u0300')) return 4;
  return 5;
}

/** Numbered pinyin inside a definition ("CL:個|个[ge4]", "see 機|机[ji1]") made readable ("CL: 个 gè"). */
export function markDefinition(definition: string): string {
  return definition
    .replace(
      /([^\s,;:|[\]()]+)\|([^\s,;:|[\]()]+)\[([^\]]+)\]/g,
      (_all, _traditional: string, simplified: string, reading: string) => `${simplified} ${markPinyin(reading)}`,
    )
    .replace(/([^\s,;:|[\]()]+)\[([^\]]+)\]/g, (_all, word: string, reading: string) => `${word} ${markPinyin(reading)}`)
    .replace(/\[((?:[A-Za-z:]+[1-5] ?)+)\]/g, (_all, reading: string) => `[${markPinyin(reading)}]`)
    .replace(/CL:/g, 'CL: ');
}
