// The glossary rules of the bilingual format: every Chinese form of a glossary term is marked
// with <T id>, a mark holds exactly a form of its term (its Chinese forms, its English renderings),
// and both languages of a segment mark the same terms. A document's own title term (the entry
// whose `document` is this document) needs no mark in it, and masks the forms inside it
// (数字经济 inside 北京市数字经济促进条例).

import type { PhrasingContent } from 'mdast';
import { attribute, lineOf, plainText, type Sentence } from './mdx-tree';
import type { Lang } from './model';
import type { GlossaryIndex } from './schema';

export type TermForms = {
  /** Forms that must be marked, longest first (a term inside a longer one is reported as the longer). */
  required: { form: string; id: string }[];
  /** Forms that need no mark here and hide what they contain. */
  masked: string[];
};

export function termForms(glossary: GlossaryIndex, slug: string | undefined): TermForms {
  const required: TermForms['required'] = [];
  const masked: string[] = [];
  for (const entry of glossary.values()) {
    const forms = [entry.zh, ...entry.aliases];
    if (slug !== undefined && entry.document === slug) masked.push(...forms);
    else required.push(...forms.map((form) => ({ form, id: entry.id })));
  }
  required.sort((a, b) => b.form.length - a.form.length);
  masked.sort((a, b) => b.length - a.length);
  return { required, masked };
}

type Where = { file: string; id: string; zhLine: number; enLine: number };

/** A term mark that names a passage of the document its term is: <T id="…" at="art-18">. */
export type TermRef = { term: string; at: string };

function unmarked(text: string, forms: TermForms): { form: string; id: string } | undefined {
  let rest = text;
  for (const form of forms.masked) rest = rest.split(form).join('\u0000');
  return forms.required.find(({ form }) => rest.includes(form));
}

/**
 * Checks one segment's terms in both languages; returns the term ids it marks (sorted) and the
 * passages its marks point at. Problems go to `errors`, naming file and line.
 */
export function checkTerms(
  sentences: Record<Lang, Sentence[]>,
  where: Where,
  glossary: GlossaryIndex,
  forms: TermForms,
  errors: string[],
): { terms: string[]; refs: TermRef[] } {
  const { file, id } = where;
  const marked: Record<Lang, Set<string>> = { zh: new Set(), en: new Set() };
  const refs: TermRef[] = [];
  const atMarks: Record<Lang, string[]> = { zh: [], en: [] };
  for (const lang of ['zh', 'en'] as const) {
    for (const child of sentences[lang].flat()) {
      if (child.type === 'text') {
        const found = lang === 'zh' ? unmarked(child.value, forms) : undefined;
        if (found) errors.push(`${file}:${lineOf(child)}: "${found.form}" is glossary term "${found.id}" but is not marked with <T id="${found.id}">`);
        continue;
      }
      const term = checkMark(child, lang, glossary, file, errors);
      if (!term) continue;
      marked[lang].add(term.id);
      if (term.at) atMarks[lang].push(`${term.id}@${term.at}`);
      if (lang === 'zh' && term.at) refs.push({ term: term.id, at: term.at });
    }
  }
  if (atMarks.zh.join() !== atMarks.en.join()) {
    errors.push(`${file}:${where.enLine}: segment "${id}": the English marks point at ${JSON.stringify(atMarks.en)}, the Chinese at ${JSON.stringify(atMarks.zh)}: give both the same at="…"`);
  }
  const onlyZh = [...marked.zh].filter((term) => !marked.en.has(term));
  const onlyEn = [...marked.en].filter((term) => !marked.zh.has(term));
  if (onlyZh.length) {
    errors.push(`${file}:${where.enLine}: segment "${id}": the English does not mark ${onlyZh.map((t) => `"${glossary.get(t)?.en}" (${t})`).join(', ')}, though the Chinese does`);
  }
  if (onlyEn.length) errors.push(`${file}:${where.zhLine}: segment "${id}": the Chinese does not mark ${onlyEn.join(', ')}, though the English does`);
  return { terms: [...marked.zh].sort(), refs };
}

/** One <T> mark: its term and target, or null (with the problem reported). */
function checkMark(child: PhrasingContent, lang: Lang, glossary: GlossaryIndex, file: string, errors: string[]): { id: string; at: string | null } | null {
  if (child.type !== 'mdxJsxTextElement' || child.name !== 'T') {
    errors.push(
      `${file}:${lineOf(child)}: only plain text and <T id="…"> terms are allowed in sentences (found ${child.type === 'mdxJsxTextElement' ? `<${child.name}>` : child.type})`,
    );
    return null;
  }
  const termId = attribute(child, 'id');
  const entry = termId ? glossary.get(termId) : undefined;
  if (!termId || !entry) {
    errors.push(`${file}:${lineOf(child)}: unknown glossary term id ${JSON.stringify(termId ?? null)}`);
    return null;
  }
  if (child.children.some((grandchild) => grandchild.type !== 'text')) {
    errors.push(`${file}:${lineOf(child)}: <T id="${termId}"> must contain plain text only`);
    return null;
  }
  const at = attribute(child, 'at') ?? null;
  if (at !== null && !entry.document) errors.push(`${file}:${lineOf(child)}: <T id="${termId}" at="${at}">: only a term that names a document can point at a passage`);
  const text = plainText(child.children);
  const zhForms = [entry.zh, ...entry.aliases];
  if (lang === 'zh' && !zhForms.includes(text)) {
    errors.push(`${file}:${lineOf(child)}: <T id="${termId}"> marks "${text}", which is not ${zhForms.map((f) => `"${f}"`).join(' or ')}`);
  }
  if (lang === 'en' && ![entry.en, ...entry.enForms].some((form) => form.toLowerCase() === text.toLowerCase())) {
    errors.push(
      `${file}:${lineOf(child)}: <T id="${termId}"> marks "${text}", but the glossary's English is "${entry.en}"${entry.enForms.length ? ` (or ${entry.enForms.map((f) => `"${f}"`).join(', ')})` : ''}`,
    );
  }
  return { id: termId, at };
}
