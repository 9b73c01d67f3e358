/*
 * The element that ends a page's first screen. The layout's <link rel="expect" blocking="render">
 * names it, so that the browser's first frame shows that screen whole rather than whatever the
 * parser had reached when it first paused (measured: after the head script, an empty page, whose
 * paint then stood for the first paint while the real one came in a later, long task). A
 * document's byline carries the id, so that its first frame costs the same at any length; every
 * other page ends its main content with components/site/first-screen-end.tsx. (A page without the
 * id would hold its first frame until it is parsed whole.)
 */
export const firstScreenEnd = 'first-screen';
