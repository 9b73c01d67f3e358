'use client';

import { useEffect } from 'react';
import { findBlock, segmentElement, sentenceElements } from '@/lib/reader-dom/contract';
import { paintHighlight } from '@/lib/reader-dom/highlights';
import { rangeInElement } from '@/lib/reader-dom/text-offsets';
import { sourceText } from '@/lib/script/dom';
import type { SegmentHit } from '@/lib/search/query';
import { preloadSearch } from '@/lib/search/use-search';

/** The name the stylesheet styles with ::highlight(search-hit). */
const HIGHLIGHT = 'search-hit';

/** Ranges for every highlight of the hit, in both languages, inside its segment only. */
function rangesFor(hit: SegmentHit): Range[] {
  const out: Range[] = [];
  for (const lang of ['zh', 'en'] as const) {
    const block = findBlock(hit.id, lang);
    const sentences = block ? sentenceElements(block) : [];
    for (const { sentence, ranges } of hit.matches[lang] ?? []) {
      const element = sentences[sentence];
      const expected = hit[lang][sentence];
      if (!element || expected === undefined) continue;
      // Offsets are into the sentence as the index stored it; if the page's text differs
      // (a later content change), fall back to finding the matched words themselves. In
      // Traditional characters the text as published is the sentence's source text.
      const text = sourceText(element);
      const same = text === expected;
      for (const [start, end] of ranges) {
        let from = start;
        if (!same) {
          from = text.indexOf(expected.slice(start, end));
          if (from === -1) continue;
        }
        const range = rangeInElement(element, from, from + (end - start));
        if (range) out.push(range);
      }
    }
  }
  return out;
}

/** The fragment as an id; a malformed escape (#%E0) is no segment, not an error. */
function segmentIdFromHash(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}

/**
 * On a document opened from a search result (?hl=query#segment), highlights the
 * query's matches inside that segment with the CSS Custom Highlight API: the
 * server-rendered text is never mutated. This island, and the search code, load only
 * when `hl` is present (search-highlight.client.tsx).
 */
export function SearchHighlightLive() {
  useEffect(() => {
    let run = 0;

    const apply = () => {
      const current = (run += 1);
      if (!paintHighlight(HIGHLIGHT, [])) return;
      const query = new URLSearchParams(window.location.search).get('hl')?.trim();
      const id = segmentIdFromHash(window.location.hash);
      if (!query || !segmentElement(id)) return;
      preloadSearch()
        .then((searcher) => {
          if (current !== run) return;
          const hit = searcher.search(query, { only: id }).results[0];
          if (hit) paintHighlight(HIGHLIGHT, rangesFor(hit));
        })
        // No index (offline): the page still opens at the segment, just without marks.
        .catch(() => undefined);
    };

    apply();
    window.addEventListener('hashchange', apply);
    return () => {
      window.removeEventListener('hashchange', apply);
      paintHighlight(HIGHLIGHT, []);
    };
  }, []);

  return null;
}
