import { readFile } from 'node:fs/promises';
import { siteCssLateFile } from '@/lib/static-html/files';

// The site stylesheet as pages load it after their first paint: without the rules every page
// inlines and the browser would restyle the whole text for (lib/first-paint/late-css.ts).
export const dynamic = 'force-static';

export async function GET() {
  return new Response(await readFile(siteCssLateFile(), 'utf8'), { headers: { 'content-type': 'text/css; charset=utf-8' } });
}
