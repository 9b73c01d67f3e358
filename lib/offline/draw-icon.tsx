import 'server-only';
import { ImageResponse } from 'next/og';
import { notoSans } from '@/lib/images/fonts';
import { iconThemes, type IconFile } from './icons';

/**
 * One of the app's icons as a PNG: 对 on the accent, in the light theme's colours or the dark
 * theme's. Only the one glyph of Noto Sans SC is used. Drawn at build time by the icon routes.
 */
export async function drawIcon(icon: Omit<IconFile, 'file'>): Promise<ImageResponse> {
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
