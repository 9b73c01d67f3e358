// The reader's two scripts for the Chinese, and the file that turns a document's Simplified text
// into Traditional characters in the browser. Browser-safe: the converter itself runs at build
// time (convert.ts), since opencc-js's dictionaries are far too big to ship.

export const scripts = ['hans', 'hant'] as const;
export type Script = (typeof scripts)[number];

/** `?script=` values other than these fall back to Simplified, the text as published. */
export function isScript(value: unknown): value is Script {
  return scripts.some((script) => script === value);
}

/** The lang of Chinese shown in Traditional characters (the Simplified text keeps its own lang). */
export const hantLang = 'zh-Hant';

export type ScriptFile = {
  /** Texts (sentences, titles) whose conversion depends on context, Simplified → Traditional. */
  texts: Record<string, string>;
  /** Every other character of the document that changes, one for one. */
  chars: Record<string, string>;
};

/** Characters converted one for one: what a text not listed in the file gets. */
export function convertChars(file: ScriptFile, text: string): string {
  let out = '';
  for (const char of text) out += file.chars[char] ?? char;
  return out;
}

/** A text in Traditional characters, always the same length as the Simplified (offsets hold in both). */
export function toTraditional(file: ScriptFile, text: string): string {
  const listed = file.texts[text];
  return listed !== undefined && listed.length === text.length ? listed : convertChars(file, text);
}

/** Appended to Chinese copied from the Traditional view: the text as published is Simplified. */
export const copiedNote =
  '[繁體字，由對照據官方簡體文本轉換 · Traditional characters, converted by Duizhao from the official Simplified text]';
