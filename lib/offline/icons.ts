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
 * The favicon as the page declares it: app/icon.svg's drawing, in the dark theme's colours when
 * the system is dark, as a data URL. Declared, it spares the browser its request for
 * /favicon.ico at the load event, which would share the network with the first paint.
 */
export function faviconDataUrl(): string {
  const { light, dark } = iconThemes;
  const svg =
    "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 64 64'>" +
    `<style>rect{fill:${light.background}}text{fill:${light.ink}}@media (prefers-color-scheme:dark){rect{fill:${dark.background}}text{fill:${dark.ink}}}</style>` +
    "<rect width='64' height='64' rx='12'/><text x='32' y='44' font-family='serif' font-size='34' text-anchor='middle'>对</text></svg>";
  // Only what a URL cannot carry as it is (RFC 3986): the rest stays readable, and short.
  return `data:image/svg+xml,${svg.replace(/[^\w\-.~!$&'()*+,;=:@/?]/g, encodeURIComponent)}`;
}
