// Node / build time only: derives the Traditional→Simplified fold map from
// opencc-js. Kept apart from encoder.ts so no browser bundle pulls in opencc's
// dictionaries; the browser gets the small map inside the search payload.

import { Converter } from 'opencc-js';
import type { GlossaryEntry, IndexSegment } from './build-index';
import type { FoldMap } from './tokens';

// CJK Unified Ideographs and Extension A. Compatibility ideographs need no
// entry: the encoder's NFKD turns them into unified ones before folding.
const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
];

/**
 * Maps each Traditional (or regional variant) character to its Simplified form,
 * keeping only mappings that can matter for this corpus:
 * - the Simplified target occurs in `texts` (otherwise folding finds nothing), and
 * - the source itself does not occur in `texts`: a character the corpus uses
 *   (著, 乾, 后 …) is Simplified here and must keep matching itself exactly.
 * Character by character on purpose: phrase conversion is context dependent,
 * while the browser folds a query one character at a time.
 */
export function buildFoldMap(texts: Iterable<string>): FoldMap {
  const present = new Set<string>();
  for (const text of texts) for (const ch of text) present.add(ch);

  const converters = [Converter({ from: 't', to: 'cn' }), Converter({ from: 'tw', to: 'cn' }), Converter({ from: 'hk', to: 'cn' })];
  const fold = new Map<string, string>();
  for (const [lo, hi] of RANGES) {
    for (let cp = lo; cp <= hi; cp += 1) {
      const ch = String.fromCodePoint(cp);
      if (present.has(ch)) continue;
      for (const convert of converters) {
        const simplified = convert(ch);
        if (simplified !== ch && Array.from(simplified).length === 1 && present.has(simplified)) {
          fold.set(ch, simplified);
          break;
        }
      }
    }
  }
  return fold;
}

/** The fold map for a corpus: every Chinese sentence and glossary form is a possible target. */
export function buildCorpusFoldMap(
  segments: ReadonlyArray<Pick<IndexSegment, 'zh'>>,
  glossary: ReadonlyArray<Pick<GlossaryEntry, 'zh' | 'aliases'>>,
): FoldMap {
  return buildFoldMap([...segments.flatMap((s) => s.zh), ...glossary.flatMap((g) => [g.zh, ...(g.aliases ?? [])])]);
}
