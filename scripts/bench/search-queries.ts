// The search benchmark's queries, their ground truth (brute force over the corpus) and scoring.
// Used by search.ts.

/** One condition a relevant segment meets; a query's truth is the AND of its parts. */
export type Part =
  | { zh: string } // the Chinese text contains this (Simplified) substring
  | { en: readonly string[] } // the English text contains one of these forms as a whole word
  | { text: string }; // either language contains this, case-insensitively

export type Kind = 'zh' | 'en' | 'pinyin' | 'traditional' | 'mixed' | 'none';
export type BenchQuery = { q: string; kind: Kind; truth: readonly Part[] };

const zh = (q: string): BenchQuery => ({ q, kind: 'zh', truth: [{ zh: q }] });
const none = (q: string): BenchQuery => ({ q, kind: 'none', truth: [] });

export const QUERIES: readonly BenchQuery[] = [
  // Chinese substrings, inside and across words.
  zh('数字经'),
  zh('数字经济'),
  zh('灯塔工厂'),
  zh('基站'),
  zh('互联网'),
  zh('人工智能'),
  zh('标杆城市'),
  zh('京津冀'),
  zh('一网通办'),
  zh('自动驾驶'),
  zh('工业互联网'),
  zh('区块链'),
  zh('消费'),
  zh('新发展格局'),
  zh('芯片'),
  zh('网'),
  // English: whole words, any inflection of the query word counts as relevant.
  { q: 'factories', kind: 'en', truth: [{ en: ['factory', 'factories'] }] },
  { q: 'factory', kind: 'en', truth: [{ en: ['factory', 'factories'] }] },
  { q: 'digital economy', kind: 'en', truth: [{ en: ['digital'] }, { en: ['economy', 'economies'] }] },
  { q: 'lighthouse', kind: 'en', truth: [{ en: ['lighthouse', 'lighthouses'] }] },
  { q: 'base stations', kind: 'en', truth: [{ en: ['base', 'bases'] }, { en: ['station', 'stations'] }] },
  { q: 'autonomous driving', kind: 'en', truth: [{ en: ['autonomous'] }, { en: ['driving', 'drive', 'drives', 'driven'] }] },
  { q: 'enterprises', kind: 'en', truth: [{ en: ['enterprise', 'enterprises'] }] },
  { q: 'developed', kind: 'en', truth: [{ en: ['develop', 'develops', 'developed', 'developing'] }] },
  { q: 'infrastructure', kind: 'en', truth: [{ en: ['infrastructure', 'infrastructures'] }] },
  { q: 'artificial intelligence', kind: 'en', truth: [{ en: ['artificial'] }, { en: ['intelligence'] }] },
  { q: 'blockchain', kind: 'en', truth: [{ en: ['blockchain', 'blockchains'] }] },
  { q: 'consumption', kind: 'en', truth: [{ en: ['consumption'] }] },
  { q: 'Xiaomi', kind: 'en', truth: [{ en: ['Xiaomi'] }] },
  { q: "Beijing's", kind: 'en', truth: [{ en: ['Beijing'] }] },
  // Pinyin (toneless, spaced, toned): relevant = segments holding the Chinese it spells.
  { q: 'yiwangtongban', kind: 'pinyin', truth: [{ zh: '一网通办' }] },
  { q: 'yi wang tong ban', kind: 'pinyin', truth: [{ zh: '一网通办' }] },
  { q: 'yīwǎngtōngbàn', kind: 'pinyin', truth: [{ zh: '一网通办' }] },
  { q: 'dengtagongchang', kind: 'pinyin', truth: [{ zh: '灯塔工厂' }] },
  { q: 'jingjinji', kind: 'pinyin', truth: [{ zh: '京津冀' }] },
  { q: 'shuzijingji', kind: 'pinyin', truth: [{ zh: '数字经济' }] },
  { q: 'wangfujing', kind: 'pinyin', truth: [{ zh: '王府井' }] },
  { q: 'gongye hulianwang', kind: 'pinyin', truth: [{ zh: '工业互联网' }] },
  { q: 'xinchuang', kind: 'pinyin', truth: [{ zh: '信创' }] },
  { q: 'heidenggongchang', kind: 'pinyin', truth: [{ zh: '黑灯工厂' }] },
  // Traditional characters: relevant = segments holding the Simplified form.
  { q: '一網通辦', kind: 'traditional', truth: [{ zh: '一网通办' }] },
  { q: '數字經濟', kind: 'traditional', truth: [{ zh: '数字经济' }] },
  { q: '燈塔工廠', kind: 'traditional', truth: [{ zh: '灯塔工厂' }] },
  { q: '互聯網', kind: 'traditional', truth: [{ zh: '互联网' }] },
  { q: '自動駕駛', kind: 'traditional', truth: [{ zh: '自动驾驶' }] },
  { q: '區塊鏈', kind: 'traditional', truth: [{ zh: '区块链' }] },
  // Mixed scripts; space-separated parts may sit in either language of the pair.
  { q: '5G 基站', kind: 'mixed', truth: [{ text: '5G' }, { zh: '基站' }] },
  { q: '5G基站', kind: 'mixed', truth: [{ zh: '5G基站' }] },
  { q: '互联网3.0', kind: 'mixed', truth: [{ zh: '互联网3.0' }] },
  { q: '2023 北京', kind: 'mixed', truth: [{ text: '2023' }, { zh: '北京' }] },
  { q: '129.6 万', kind: 'mixed', truth: [{ text: '129.6' }, { zh: '万' }] },
  { q: '数字经济 digital', kind: 'mixed', truth: [{ zh: '数字经济' }, { en: ['digital'] }] },
  // No hit, including hostile input.
  none('量子计算机'),
  // (Not "quantum": the Regulations name quantum communication, so it is an English query now.)
  { q: 'quantum', kind: 'en', truth: [{ en: ['quantum'] }] },
  none('zeppelin'),
  none('火星'),
  none('zxqvw'),
  none('.*('),
  none('<script>alert(1)</script>'),
];

export type Segment = { id: string; zh: string; en: string };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function holds(segment: Segment, part: Part): boolean {
  if ('zh' in part) return segment.zh.includes(part.zh);
  if ('en' in part) {
    return part.en.some((form) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'iu').test(segment.en));
  }
  return `${segment.zh}\n${segment.en}`.toLowerCase().includes(part.text.toLowerCase());
}

export function groundTruth(segments: readonly Segment[], query: BenchQuery): Set<string> {
  if (query.truth.length === 0) return new Set();
  return new Set(segments.filter((segment) => query.truth.every((part) => holds(segment, part))).map((s) => s.id));
}

// Figures

export type Score = { tp: number; fp: number; fn: number; precision: number; recall: number };

export function score(found: readonly string[], truth: ReadonlySet<string>): Score {
  const got = new Set(found);
  let tp = 0;
  for (const id of got) if (truth.has(id)) tp += 1;
  const fp = got.size - tp;
  const fn = truth.size - tp;
  // Nothing returned has no false positive (precision 1); nothing relevant is nothing missed (recall 1).
  return { tp, fp, fn, precision: got.size === 0 ? 1 : tp / got.size, recall: truth.size === 0 ? 1 : tp / truth.size };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

export const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
export const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(value < 1 ? 3 : 1)} ms` : 'n/a');
export const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
