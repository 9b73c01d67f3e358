// Pagefind over the built HTML for the search benchmark: the prerendered document pages cut into
// one record per segment and language, so both engines answer at the same grain (a segment), and
// Pagefind gets its own Chinese segmentation (zh) and English stemming (en).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';

/** The element starting at `start` (a `<div …>`), through its matching `</div>`. */
function divAt(html: string, start: number): string {
  const tag = /<div\b|<\/div>/g;
  tag.lastIndex = start;
  let depth = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    depth += m[0] === '</div>' ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  return html.slice(start);
}

type Lang = 'zh' | 'en';
const LANGS: readonly Lang[] = ['zh', 'en'];

type HtmlRecord = { id: string; lang: Lang; html: string };

function segmentRecords(page: string): HtmlRecord[] {
  const records: HtmlRecord[] = [];
  for (const m of page.matchAll(/<div id="([^"]+)" data-segment="\1"/g)) {
    const segment = divAt(page, m.index ?? 0);
    for (const lang of LANGS) {
      const at = segment.search(new RegExp(`<div class="(?:[^"]* )?block-${lang}(?: [^"]*)?"`));
      if (at !== -1 && m[1]) records.push({ id: m[1], lang, html: divAt(segment, at) });
    }
  }
  return records;
}

export type BuiltPages = { dir: string; pages: Map<string, string> };

/** The prerendered English document pages of the first build folder that has them all. */
export function findBuiltPages(slugs: readonly string[], distDirs: readonly string[]): BuiltPages | null {
  for (const dir of distDirs) {
    const pages = new Map<string, string>();
    for (const slug of slugs) {
      const file = path.join(dir, 'server', 'app', 'en', 'documents', `${slug}.html`);
      if (existsSync(file)) pages.set(slug, readFileSync(file, 'utf8'));
    }
    if (pages.size === slugs.length) return { dir, pages };
  }
  return null;
}

export type PagefindIndex = { files: Map<string, Uint8Array>; recordCount: number; buildMs: number };

/** One Pagefind index per language, in memory, served under /pf-zh/ and /pf-en/. */
export async function pagefindIndex(built: BuiltPages): Promise<PagefindIndex> {
  const files = new Map<string, Uint8Array>();
  let recordCount = 0;
  const started = performance.now();
  for (const lang of LANGS) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    for (const page of built.pages.values()) {
      for (const record of segmentRecords(page).filter((r) => r.lang === lang)) {
        // The reveal buttons' labels are interface text, not content: neither engine indexes them.
        const body = record.html.replace(/<button\b[\s\S]*?<\/button>/g, '');
        const added = await index.addHTMLFile({
          url: `/${record.id}/`,
          content: `<!doctype html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><title>${record.id}</title></head><body>${body}</body></html>`,
        });
        if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
        recordCount += 1;
      }
    }
    const out = await index.getFiles();
    for (const file of out.files) files.set(`/pf-${lang}/${file.path}`, file.content);
  }
  const buildMs = performance.now() - started;
  await pagefind.close();
  return { files, recordCount, buildMs };
}

/** Pagefind's bytes: its index (entry, meta, chunks, fragments) and its engine (pagefind.js + WebAssembly), UI assets left out. */
export function pagefindBytes(files: Map<string, Uint8Array>): {
  indexRaw: number;
  indexGzip: number;
  engineRaw: number;
  engineGzip: number;
} {
  // Search UI assets Pagefind also writes are not needed to search: leave them out of its bytes.
  const uiAsset = /pagefind-(?:ui|modular-ui|component-ui|highlight)|playground/;
  const kept = [...files].filter(([name]) => !uiAsset.test(name));
  const isEngine = (name: string) => /\.js$|wasm\./.test(name);
  const sum = (list: Array<[string, Uint8Array]>, gz: boolean) =>
    list.reduce((n, [, bytes]) => n + (gz ? gzipSync(bytes).length : bytes.length), 0);
  const index = kept.filter(([name]) => !isEngine(name));
  const engine = kept.filter(([name]) => isEngine(name));
  return { indexRaw: sum(index, false), indexGzip: sum(index, true), engineRaw: sum(engine, false), engineGzip: sum(engine, true) };
}
