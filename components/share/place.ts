import { sentenceRanges } from '@/lib/content/model';
import { findBlock, segmentElement, sentenceElements } from '@/lib/reader-dom/contract';
import { rangeOfOffsets } from '@/lib/reader-dom/text-offsets';
import type { ShareDocument } from '@/lib/share/document-data';
import { segmentOf, type Target } from '@/lib/share/targets';

/** Where a target is on screen now (client coordinates), asked again whenever the toolbar moves. */
export type Place = () => DOMRect | null;

function visibleRect(element: Element | Range | null | undefined): DOMRect | null {
  const rect = element?.getBoundingClientRect();
  return rect && (rect.width > 0 || rect.height > 0) ? rect : null;
}

/** The target's text if it is visible, else the element it was chosen from, else its segment. */
export function placeOf(doc: ShareDocument | null, target: Target, origin: HTMLElement | null): Place {
  const segment = segmentOf(doc, target.segmentId);
  return () => {
    const block = findBlock(target.segmentId, target.lang);
    let rect: DOMRect | null = null;
    if (block && segment) {
      if (target.kind === 'range') rect = visibleRect(rangeOfOffsets(block, sentenceRanges(segment, target.lang), target));
      else if (target.kind === 'sentence') rect = visibleRect(sentenceElements(block)[target.sentence]);
      else rect = visibleRect(block);
    }
    return rect ?? visibleRect(origin) ?? visibleRect(segmentElement(target.segmentId));
  };
}
