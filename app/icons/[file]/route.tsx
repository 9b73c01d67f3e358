import { drawIcon } from '@/lib/offline/draw-icon';
import { iconFiles } from '@/lib/offline/icons';

/* The app's PNG icons (manifest, home screen), drawn once at build time. */

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return iconFiles.map(({ file }) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file: name } = await params;
  const icon = iconFiles.find(({ file }) => file === name);
  if (!icon) return new Response('Not found', { status: 404 });
  return drawIcon(icon);
}
