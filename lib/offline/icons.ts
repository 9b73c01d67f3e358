// The app's icons (web app manifest, favicon): one name per size and theme.

export const iconThemes = {
  light: { background: '#9f1d20', ink: '#ffffff' },
  dark: { background: '#e0a3a0', ink: '#141312' },
} as const;
export type IconTheme = keyof typeof iconThemes;

export type IconFile = { file: string; size: number; theme: IconTheme; maskable: boolean };

export const iconFiles: IconFile[] = [
  { file: 'icon-192.png', size: 192, theme: 'light', maskable: false },
  { file: 'icon-512.png', size: 512, theme: 'light', maskable: false },
  { file: 'icon-maskable-512.png', size: 512, theme: 'light', maskable: true },
];

/**
 * 对 as the favicon draws it: the outline of Noto Sans SC Bold's glyph (SIL OFL 1.1, the face the
 * PNG icons are drawn in), 40 units high, centred in a 64-unit square. An outline, not text: an
 * SVG favicon with text needs the browser to find a CJK font for it, a 25 ms task on every load.
 * Taken once with opentype.js: font.getPath('对', dx, dy, 40).toPathData(1).
 */
const glyph =
  'M27.4,17.5L26.6,17.6L13.9,17.6L13.9,21.8L25.2,21.8C24.7,24.9,23.9,27.9,22.8,30.6C20.8,28.1,18.8,25.6,17.0,23.4L13.9,26.3C16.0,29.0,18.5,32.2,20.7,35.4C18.6,39.3,16.1,42.5,13.2,44.6C14.4,45.4,15.9,47.2,16.6,48.4C19.4,46.1,21.7,43.2,23.8,39.8C25.1,42.0,26.3,44.0,27.2,45.6L30.6,42.0C29.6,40.0,27.9,37.6,26.1,35.1C28.2,30.4,29.6,24.8,30.5,18.5ZM50.8,21.7L46.5,21.7L46.5,13.5L41.8,13.5L41.8,21.7L31.2,21.7L31.2,26.2L41.8,26.2L41.8,44.8C41.8,45.5,41.5,45.7,40.8,45.7C40.1,45.7,38.0,45.7,35.8,45.6C36.4,47.0,37.0,49.2,37.2,50.5C40.6,50.6,43.0,50.4,44.4,49.6C46.0,48.8,46.5,47.5,46.5,44.8L46.5,26.2L50.8,26.2ZM40.1,38.9C39.4,36.2,37.2,32.3,35.2,29.4L31.4,31.2C33.4,34.3,35.4,38.4,36.0,41.0Z';

/**
 * 对 on the accent: the favicon pages declare, in the dark theme's colours when the system is dark,
 * and the manifest's scalable icon (/icon.svg), in the light theme's like its PNG icons. Chromium
 * fetches and draws the manifest's icon while the page loads, to check that the app can be
 * installed, on the page's own main thread: drawn from text, it cost a font lookup there.
 */
export function iconSvg({ followSystemTheme }: { followSystemTheme: boolean }): string {
  const { light, dark } = iconThemes;
  const darkRules = followSystemTheme ? `@media (prefers-color-scheme:dark){rect{fill:${dark.background}}path{fill:${dark.ink}}}` : '';
  return (
    "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 64 64'>" +
    `<style>rect{fill:${light.background}}path{fill:${light.ink}}${darkRules}</style>` +
    `<rect width='64' height='64' rx='12'/><path d='${glyph}'/></svg>`
  );
}

/**
 * The favicon as pages declare it (lib/first-paint/), as a data URL. In the page, it spares the
 * browser its request for /favicon.ico at the load event, which would share the network with the
 * first paint.
 */
export function faviconDataUrl(): string {
  // Only what a URL cannot carry as it is (RFC 3986): the rest stays readable, and short.
  return `data:image/svg+xml,${iconSvg({ followSystemTheme: true }).replace(/[^\w\-.~!$&'()*+,;=:@/?]/g, encodeURIComponent)}`;
}
