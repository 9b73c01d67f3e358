import type { LoadedDocument } from '@/lib/content/store';
import { segmentText } from '@/lib/content/model';

/** The Chinese texts a document page shows whole: sentences, segment texts (contents), titles. */
export function documentTexts(document: LoadedDocument): string[] {
  const { meta, segments } = document;
  return [
    meta.title.zh,
    ...(meta.shortTitle ? [meta.shortTitle.zh] : []),
    ...segments.flatMap((segment) => [...segment.zh, segmentText(segment, 'zh')]),
  ];
}
