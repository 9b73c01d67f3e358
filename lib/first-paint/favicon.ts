/*
 * Every page declares its favicon inline, in its HTML only (not in the RSC payload, as metadata
 * would be): without an icon link, Chromium asks for /favicon.ico at the `load` event, which now
 * comes before the first paint, and the request would share the network with it.
 */

/** The page's HTML with `href` (a data URL) as its icon, at the end of <head>, unless it declares one already. */
export function declareFavicon(html: string, href: string): string {
  const end = html.indexOf('</head>');
  if (/<link rel="icon"/.test(html) || end < 0) return html;
  return `${html.slice(0, end)}<link rel="icon" href="${href.replace(/"/g, '%22')}" type="image/svg+xml"/>${html.slice(end)}`;
}
