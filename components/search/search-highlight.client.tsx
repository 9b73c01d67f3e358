'use client';

import { useEffect } from 'react';
import type { SegmentHit } from '@/lib/search/query';
import { preloadSearch } from '@/lib/search/use-search';

/** The name the stylesheet styles with ::highlight(search-hit). */
const HIGHLIGHT = 'search-hit';

const blockOf = { zh: '.block-zh', en: '.block-en' } as const;

/**
 * A DOM Range over [start, end) of an element's text. Chinese text is split into
 * one <span data-py> per character (and terms are links), so a match spans
 * many text nodes: walk them, counting UTF-16 units as the search engine does.
 */
function textRange(root: Element, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0;
    if (!started && start < offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  return null;
}

/** Ranges for every highlight of the hit, in both languages, inside its segment only. */
function rangesFor(segment: Element, hit: SegmentHit): Range[] {
  const out: Range[] = [];
  for (const lang of ['zh', 'en'] as const) {
    for (const { sentence, ranges } of hit.matches[lang] ?? []) {
      const element = segment.querySelector(`${blockOf[lang]} [data-sentence="${CSS.escape(`${hit.id}.${sentence + 1}`)}"]`);
      const expected = hit[lang][sentence];
      if (!element || expected === undefined) continue;
      // Offsets are into the sentence as the index stored it; if the page's text differs
      // (a later content change), fall back to finding the matched words themselves.
      const same = element.textContent === expected;
      for (const [start, end] of ranges) {
        let from = start;
        if (!same) {
          from = (element.textContent ?? '').indexOf(expected.slice(start, end));
          if (from === -1) continue;
        }
        const range = textRange(element, from, from + (end - start));
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
 * server-rendered text is never mutated. The search code loads only when `hl` is
 * present, as a separate chunk.
 */
export function SearchHighlight() {
  useEffect(() => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    let run = 0;

    const apply = () => {
      const current = (run += 1);
      CSS.highlights.delete(HIGHLIGHT);
      const query = new URLSearchParams(window.location.search).get('hl')?.trim();
      const id = segmentIdFromHash(window.location.hash);
      const segment = id ? document.getElementById(id) : null;
      if (!query || !segment?.hasAttribute('data-segment')) return;
      preloadSearch()
        .then((searcher) => {
          if (current !== run) return;
          const hit = searcher.search(query, { only: id }).results[0];
          if (!hit) return;
          const ranges = rangesFor(segment, hit);
          if (ranges.length > 0) CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
        })
        // No index (offline): the page still opens at the segment, just without marks.
        .catch(() => undefined);
    };

    apply();
    window.addEventListener('hashchange', apply);
    return () => {
      window.removeEventListener('hashchange', apply);
      CSS.highlights.delete(HIGHLIGHT);
    };
  }, []);

  return null;
}
