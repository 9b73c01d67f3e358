'use client';

import { useEffect } from 'react';
import { sentenceRanges } from '@/lib/content/model';
import { findBlock } from '@/lib/reader-dom/contract';
import { paintHighlight } from '@/lib/reader-dom/highlights';
import { rangeOfOffsets } from '@/lib/reader-dom/text-offsets';
import { resolveAnnotation, type Annotation } from '@/lib/share/annotation';
import type { ShareDocument } from '@/lib/share/document-data';
import { segmentOf } from '@/lib/share/targets';

/**
 * Paints the reader's saved highlights of this document (noted ones apart), and the one just
 * jumped to from the panel, with the CSS Custom Highlight API: the text itself is never changed.
 */
export function usePaintedHighlights(doc: ShareDocument | null, annotations: readonly Annotation[], focused: string | null) {
  useEffect(() => {
    if (!doc) return;
    const plain: Range[] = [];
    const noted: Range[] = [];
    const focus: Range[] = [];
    for (const annotation of annotations) {
      if (annotation.docSlug !== doc.slug) continue;
      const segment = segmentOf(doc, annotation.segmentId);
      if (!segment) continue;
      const resolution = resolveAnnotation(annotation, segment);
      if (resolution.status === 'gone') continue;
      const block = findBlock(segment.id, resolution.lang);
      const range = block ? rangeOfOffsets(block, sentenceRanges(segment, resolution.lang), resolution) : null;
      if (!range) continue;
      (annotation.note ? noted : plain).push(range);
      if (annotation.id === focused) focus.push(range.cloneRange());
    }
    paintHighlight('user-highlight', plain);
    paintHighlight('user-note', noted);
    paintHighlight('share-focus', focus, 3);
    return () => {
      paintHighlight('user-highlight', []);
      paintHighlight('user-note', []);
      paintHighlight('share-focus', []);
    };
  }, [doc, annotations, focused]);
}
