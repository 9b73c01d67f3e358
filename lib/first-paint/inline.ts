import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { AfterPaint } from './after-paint';

/*
 * after-paint.ts as the inline script a page carries: bundled and minified once per build by
 * esbuild (the worker registration comes with it), its configuration written in per page.
 */

const placeholder = '__AFTER_PAINT__';
let bundle: Promise<string> | null = null;

function afterPaintBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [fileURLToPath(new URL('./after-paint.entry.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2019'],
    write: false,
    logLevel: 'silent',
  }).then((result) => {
    const text = result.outputFiles[0]?.text.trim() ?? '';
    if (text.split(placeholder).length !== 2) throw new Error(`the after-paint bundle must name ${placeholder} once`);
    return text;
  });
  return bundle;
}

export async function afterPaintScript(config: AfterPaint): Promise<string> {
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return (await afterPaintBundle()).replace(placeholder, () => json);
}
