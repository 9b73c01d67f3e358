import { firstScreenEnd } from '@/lib/first-paint/first-screen';

/**
 * Ends a page's first screen (lib/first-paint/first-screen.ts): the first frame waits until it is
 * parsed. A short page puts it at the end of its main content; a document's byline carries the id instead.
 */
export function FirstScreenEnd() {
  return <span id={firstScreenEnd} hidden />;
}
