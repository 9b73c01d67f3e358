import { ImageResponse } from 'next/og';
import { notoSans } from '@/lib/images/fonts';
import { iconFiles, iconThemes } from '@/lib/offline/icons';

/*
 * The app's PNG icons (manifest, dark-theme favicon), drawn once at build time: 对 on the accent,
 * in the light theme's colours and the dark theme's. Only the one glyph of Noto Sans SC is used.
 */

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return iconFiles.map(({ file }) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file: name } = await params;
  const icon = iconFiles.find(({ file }) => file === name);
  if (!icon) return new Response('Not found', { status: 404 });
  const { bold } = await notoSans();
  const { background, ink } = iconThemes[icon.theme];
  // A maskable icon is cropped to a circle of 80%: its glyph keeps to the middle.
  const glyph = Math.round(icon.size * (icon.maskable ? 0.45 : 0.62));
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background,
        color: ink,
        borderRadius: icon.maskable ? 0 : Math.round(icon.size * 0.19),
        fontSize: glyph,
        fontFamily: 'Noto Sans SC',
      }}
    >
      对
    </div>,
    { width: icon.size, height: icon.size, fonts: [{ name: 'Noto Sans SC', data: bold, weight: 700 }] },
  );
}
