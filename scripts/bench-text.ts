// The content floor for `npm run bench`: the text of one document alone, Chinese and English, as
// the reader sees it (every segment: Chinese sentences joined with '', English with ' ', one
// segment per line), with its raw and gzipped (zlib default level, as `next start` compresses)
// byte sizes. Prints JSON. Runs with `tsx --conditions=react-server` (the content store is
// `server-only`): `tsx --conditions=react-server scripts/bench-text.ts <slug>`.
import { gzipSync } from 'node:zlib';
import { content } from '../lib/content/load';
import { segmentText } from '../lib/content/model';

const slug = process.argv[2];
if (!slug) throw new Error('usage: bench-text.ts <document slug>');
const document = await content.getDocument(slug);
if (!document) throw new Error(`no document "${slug}"`);

const zh = document.segments.map((segment) => segmentText(segment, 'zh')).join('\n');
const en = document.segments.map((segment) => segmentText(segment, 'en')).join('\n');
const both = `${zh}\n${en}`;

console.log(
  JSON.stringify({
    slug,
    segments: document.segments.length,
    zhChars: [...zh].length,
    enChars: en.length,
    rawBytes: Buffer.byteLength(both),
    gzipBytes: gzipSync(both).length,
    zhGzipBytes: gzipSync(zh).length,
    enGzipBytes: gzipSync(en).length,
  }),
);
