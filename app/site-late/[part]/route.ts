import { readFile } from 'node:fs/promises';
import { notFound } from 'next/navigation';
import { lateCssParts } from '@/lib/routes/routes';
import { siteCssLateFile } from '@/lib/static-html/files';

// The parts of the site stylesheet after the first paint (/site-late/<part>.css): without the rules
// every page inlines and the browser would restyle the whole text for (lib/first-paint/late-css.ts).
// A page loads its own copy, without what it inlines (/late-css/<hash>.css, page-late-css.ts), and
// these when that fails; "keep for offline reading" saves these.
export const dynamic = 'force-static';
export const dynamicParams = false;

type Props = { params: Promise<{ part: string }> };

export function generateStaticParams() {
  return lateCssParts.map((part) => ({ part: `${part}.css` }));
}

export async function GET(_request: Request, { params }: Props) {
  const { part } = await params;
  const named = lateCssParts.find((known) => `${known}.css` === part);
  if (!named) notFound();
  return new Response(await readFile(siteCssLateFile(named), 'utf8'), { headers: { 'content-type': 'text/css; charset=utf-8' } });
}
