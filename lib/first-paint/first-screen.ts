/*
 * The element that ends a page's first screen. The layout's <link rel="expect" blocking="render">
 * names it, so that the browser's first frame shows that screen whole rather than whatever the
 * parser had reached when it first paused (measured: after the head script, an empty page, whose
 * paint then stood for the first paint while the real one came in a later, long task). A page
 * without it holds its first frame until the whole page is parsed; a long one (a document) gives
 * the id to an element near its top, so that its first frame costs the same at any length.
 */
export const firstScreenEnd = 'first-screen';
