import { readFile } from 'node:fs/promises';
import path from 'node:path';

/*
 * The glyphs of the images drawn at build time (passage cards, app icons). Satori needs TTF/OTF,
 * not WOFF2: @embedpdf/fonts-sc ships Noto Sans Hans (SIL OFL 1.1) as OTF, Latin included.
 */
const fontDir = path.join(process.cwd(), 'node_modules', '@embedpdf', 'fonts-sc', 'fonts');

// One read per build worker: satori caches parsed fonts by their buffer, so reuse the same one.
let fonts: Promise<{ regular: Buffer; bold: Buffer }> | null = null;

export function notoSans(): Promise<{ regular: Buffer; bold: Buffer }> {
  fonts ??= Promise.all([
    readFile(path.join(fontDir, 'NotoSansHans-Regular.otf')),
    readFile(path.join(fontDir, 'NotoSansHans-Bold.otf')),
  ]).then(([regular, bold]) => ({ regular, bold }));
  return fonts;
}
