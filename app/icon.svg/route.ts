import { iconSvg } from '@/lib/offline/icons';

/* The manifest's scalable icon (app/manifest.ts): the favicon's outline of 对, drawn at build time. */

export const dynamic = 'force-static';

export function GET() {
  return new Response(iconSvg({ followSystemTheme: false }), { headers: { 'Content-Type': 'image/svg+xml' } });
}
