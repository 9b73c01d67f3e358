import type { MetadataRoute } from 'next';
import { iconFiles } from '@/lib/offline/icons';
import { basePath, routes } from '@/lib/routes/routes';

export const dynamic = 'force-static';

/** Installable: the library opens standalone; the manifest has no theme switch, so its icons are the light theme's. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: '对照 Duizhao',
    short_name: '对照',
    description: 'Chinese policy texts beside a faithful English translation, readable offline.',
    id: `${basePath}/`,
    start_url: `${basePath}/`,
    scope: `${basePath}/`,
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#9f1d20',
    lang: 'en',
    icons: [
      { src: `${basePath}/icon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ...iconFiles
        .filter(({ theme }) => theme === 'light')
        .map(({ file, size, maskable }) => ({
          src: routes.icon(file),
          sizes: `${size}x${size}`,
          type: 'image/png',
          purpose: maskable ? ('maskable' as const) : ('any' as const),
        })),
    ],
  };
}
