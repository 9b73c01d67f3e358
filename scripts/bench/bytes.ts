// Bytes on first load in Chromium (HTML, JavaScript, CSS and fonts as transferred, gzipped as the
// server sends them), where the HTML's bytes go, and further byte figures (files fetched on demand).
import { request as httpRequest } from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Browser, Request } from '@playwright/test';
import type { ExtraFigure, FirstLoad, HtmlParts, PayloadRow, ResourceEntry, ResourceSum } from './types';

/** Every response of a first load in a fresh Chromium context, by resource type, as transferred. */
export async function firstLoad(browser: Browser, url: string): Promise<FirstLoad> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const finished: Request[] = [];
  page.on('requestfinished', (request) => finished.push(request));
  const response = await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
  if (!response || response.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
  await page.waitForTimeout(500);
  const entries: ResourceEntry[] = [];
  let htmlParts: HtmlParts | null = null;
  const origin = new URL(url).origin;
  for (const request of finished) {
    const answer = await request.response();
    if (!answer) continue;
    const sizes = await request.sizes();
    let decoded: number | null = null;
    try {
      const body = await answer.body();
      decoded = body.length;
      if (request.resourceType() === 'document' && !htmlParts) htmlParts = partsOf(body.toString('utf8'));
    } catch {
      // Redirects and some aborted bodies have none.
    }
    entries.push({
      url: request.url().replace(origin, ''),
      type: request.resourceType(),
      status: answer.status(),
      encoding: (await answer.allHeaders())['content-encoding'] ?? 'identity',
      transferred: sizes.responseBodySize,
      decoded,
    });
  }
  await context.close();
  const sum = (type: string): ResourceSum => {
    const of = entries.filter((entry) => entry.type === type);
    return {
      count: of.length,
      transferred: of.reduce((total, entry) => total + entry.transferred, 0),
      decoded: of.reduce((total, entry) => total + (entry.decoded ?? 0), 0),
      encodings: [...new Set(of.map((entry) => entry.encoding))],
    };
  };
  return { url, html: sum('document'), htmlParts, js: sum('script'), css: sum('stylesheet'), font: sum('font'), entries };
}

const gzip = (text: string): number => gzipSync(text).length;
const inlineScript = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** Where an HTML page's bytes go: its markup, and the inline scripts (Next's RSC payload above all), each gzipped alone. */
export function partsOf(html: string): HtmlParts {
  const inline = [...html.matchAll(inlineScript)].map((match) => match[1] ?? '');
  const flight = inline.filter((script) => script.startsWith('self.__next_f')).join('');
  const markup = html.replace(/(<script(?![^>]*\ssrc=)[^>]*>)[\s\S]*?(<\/script>)/g, '$1$2');
  return {
    largestPayloadRows: payloadRows(inline),
    markupBytes: Buffer.byteLength(markup),
    markupGzip: gzip(markup),
    flightBytes: Buffer.byteLength(flight),
    flightGzip: gzip(flight),
    otherInlineBytes: Buffer.byteLength(inline.filter((script) => !script.startsWith('self.__next_f')).join('')),
  };
}

/**
 * The payload's rows (`id:json`, one per line), decoded from the push([1, "…"]) calls: the
 * biggest show what it carries (the server tree, or props handed to client components).
 */
function payloadRows(inline: string[]): PayloadRow[] {
  const prefix = 'self.__next_f.push(';
  try {
    const payload = inline
      .filter((script) => script.startsWith(prefix))
      .map((script): unknown => JSON.parse(script.slice(prefix.length, script.lastIndexOf(')'))))
      .flatMap((push) => (Array.isArray(push) && push[0] === 1 && typeof push[1] === 'string' ? [push[1]] : []))
      .join('');
    return payload
      .split('\n')
      .filter(Boolean)
      .map((row) => {
        const element = /^[0-9a-f]+:\["\$","(\$L[0-9a-f]+|[a-z][a-z0-9]*)",[^,]*,\{"([^"]+)"/.exec(row);
        const [, tag = '', prop = ''] = element ?? [];
        const what = element
          ? tag.startsWith('$L')
            ? `props of a client component (first prop \`${prop}\`)`
            : `server-rendered \`<${tag}>\` (first prop \`${prop}\`)`
          : `\`${row.slice(0, 40).replace(/`/g, "'")}…\``;
        return { what, bytes: Buffer.byteLength(row), gzip: gzip(row) };
      })
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 5);
  } catch {
    // A payload in another shape: the totals still stand.
    return [];
  }
}

/** A file's bytes as a server sends it to a browser (`Accept-Encoding: gzip`): on the wire and decoded. */
export function fetchBytes(origin: string, path: string, name: string, note?: string): Promise<ExtraFigure> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${origin}${path}`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        if (response.statusCode !== 200) return reject(new Error(`${path} answered ${response.statusCode}`));
        const body = Buffer.concat(chunks);
        const encoding = response.headers['content-encoding'] ?? 'identity';
        const decoded = encoding === 'gzip' ? gunzipSync(body).length : body.length;
        resolve({ name, path, transferred: body.length, decoded, encoding, ...(note ? { note } : {}) });
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

/**
 * Byte figures beside the first load, per document and for the site: what a document page
 * fetches only on demand. Add a probe here to add a row (and a column of the scaling table).
 */
export const documentExtras = (slug: string): Array<{ name: string; path: string; note: string }> => [
  { name: 'passages JSON', path: `/en/documents/${slug}/passages/segments.json`, note: 'fetched by the share tools when first needed' },
];

export const siteExtras: Array<{ name: string; path: string; note: string }> = [
  { name: 'glossary cards JSON', path: '/en/glossary-cards.json', note: 'fetched on the first tap on a term' },
  {
    name: 'search core',
    path: '/search-index.json',
    note: 'fetched when search is first opened, then one shard per document (see Search)',
  },
];

export async function extrasOf(
  origin: string,
  probes: ReadonlyArray<{ name: string; path: string; note: string }>,
): Promise<ExtraFigure[]> {
  const figures: ExtraFigure[] = [];
  for (const probe of probes) figures.push(await fetchBytes(origin, probe.path, probe.name, probe.note));
  return figures;
}
