// How another feature (a segment's menu) asks the read-aloud control to start at a sentence.

/** The event's detail is a sentence key, as data-sentence writes it ("art-18.2"). */
export const readFromEvent = 'duizhao:read-aloud-from';

export function requestReadFrom(sentenceKey: string): void {
  document.dispatchEvent(new CustomEvent(readFromEvent, { detail: sentenceKey }));
}
