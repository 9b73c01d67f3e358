import { readFile } from 'node:fs/promises';
import { siteCssFile } from '@/lib/static-html/files';

// The site stylesheet as a file, for a page the browser renders without server HTML (pages
// inline it: components/site/site-style.client.tsx).
export const dynamic = 'force-static';

export async function GET() {
  return new Response(await readFile(siteCssFile(), 'utf8'), { headers: { 'content-type': 'text/css; charset=utf-8' } });
}
