// How another feature (a segment's menu) asks the word lookup to list a segment's words.

export type WordsRequest = { segmentId: string; origin: HTMLElement | null };

export const wordsEvent = 'duizhao:words';

export function requestWords(detail: WordsRequest): void {
  document.dispatchEvent(new CustomEvent<WordsRequest>(wordsEvent, { detail }));
}
