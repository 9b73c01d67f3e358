// The app's icons (web app manifest, dark-theme favicon): one name per size and theme.

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
  { file: 'icon-dark-192.png', size: 192, theme: 'dark', maskable: false },
  { file: 'icon-dark-512.png', size: 512, theme: 'dark', maskable: false },
];
