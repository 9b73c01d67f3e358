// What reading aloud speaks, in order: pure, so the order and the voice choice are unit-tested.

import type { Lang } from '@/lib/content/model';
import type { ViewMode } from '@/lib/reader/prefs';

export type SpokenSentence = { key: string; lang: Lang; text: string };

/** The languages a view shows, in reading order. */
export const viewLangs = (view: ViewMode): Lang[] => (view === 'zh' ? ['zh'] : view === 'en' ? ['en'] : ['zh', 'en']);

/**
 * Sentences in reading order, as the view shows them: side by side and interleaved read each
 * Chinese sentence, then its English; a single-language view reads that language only.
 * `sentences` is every sentence element's data, in document order (either language).
 */
export function speechQueue<S extends SpokenSentence>(sentences: readonly S[], view: ViewMode, speakable: ReadonlySet<Lang>): S[] {
  const langs = viewLangs(view);
  const byKey = new Map<string, Partial<Record<Lang, S>>>();
  for (const sentence of sentences) {
    if (sentence.text.trim() === '') continue;
    const entry = byKey.get(sentence.key) ?? {};
    entry[sentence.lang] ??= sentence;
    byKey.set(sentence.key, entry);
  }
  const queue: S[] = [];
  for (const entry of byKey.values()) {
    for (const lang of langs) {
      const sentence = entry[lang];
      if (sentence && speakable.has(lang)) queue.push(sentence);
    }
  }
  return queue;
}

type Voice = { lang: string; name: string; default?: boolean; localService?: boolean };

/** The voice for a language: its main regional form first (zh-CN, en-GB/en-US), local voices before remote. */
export function pickVoice<V extends Voice>(voices: readonly V[], lang: Lang): V | null {
  const tag = (voice: V) => voice.lang.replace('_', '-').toLowerCase();
  const ofLang = voices.filter((voice) => {
    const t = tag(voice);
    return lang === 'zh' ? t.startsWith('zh') || t.startsWith('cmn') : t.startsWith('en');
  });
  const preferred = lang === 'zh' ? ['zh-cn', 'cmn-hans-cn', 'zh-hans-cn', 'zh'] : ['en-gb', 'en-us', 'en'];
  const rank = (voice: V) => {
    const at = preferred.findIndex((p) => tag(voice) === p);
    return (at === -1 ? preferred.length : at) * 2 + (voice.localService === false ? 1 : 0);
  };
  return [...ofLang].sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/** Where to start: the queue position of a sentence key (its first spoken language), else 0. */
export function startAt(queue: readonly SpokenSentence[], key: string | null): number {
  if (key === null) return 0;
  const at = queue.findIndex((sentence) => sentence.key === key);
  return at === -1 ? 0 : at;
}
