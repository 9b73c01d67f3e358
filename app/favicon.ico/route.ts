import { drawIcon } from '@/lib/offline/draw-icon';

/*
 * Pages declare their favicon inline (app/[locale]/layout.tsx), but other documents (a JSON file
 * opened in a tab, the global 404) and crawlers ask for /favicon.ico: answer with the icon rather
 * than a 404 in the console and the server log. An ICO file may hold a PNG image, which every
 * current browser reads. Drawn once at build time.
 */

export const dynamic = 'force-static';

const size = 48;

export async function GET() {
  const png = Buffer.from(await (await drawIcon({ size, theme: 'light', maskable: false })).arrayBuffer());
  // ICONDIR (reserved, type 1 = icon, one image) and its one ICONDIRENTRY, then the image.
  const head = Buffer.alloc(22);
  head.writeUInt16LE(1, 2);
  head.writeUInt16LE(1, 4);
  head.writeUInt8(size, 6);
  head.writeUInt8(size, 7);
  head.writeUInt16LE(1, 10);
  head.writeUInt16LE(32, 12);
  head.writeUInt32LE(png.length, 14);
  head.writeUInt32LE(head.length, 18);
  return new Response(Buffer.concat([head, png]), { headers: { 'Content-Type': 'image/x-icon' } });
}
