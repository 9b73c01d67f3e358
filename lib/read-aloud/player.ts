// Browser only, loaded when the reader first asks to hear the text: speaks the document sentence
// by sentence with the Web Speech API, marking the sentence being read (data-speaking).

import type { Lang } from '@/lib/content/model';
import { attr, blockOf } from '@/lib/reader-dom/contract';
import { shownView } from '@/lib/reader/prefs';
import { pickVoice, speechQueue, startAt, viewLangs, type SpokenSentence } from './queue';

export type Notice = 'unsupported' | 'noVoice' | 'onlyEnglish' | 'onlyChinese' | 'failed' | null;
export type PlayerState = { status: 'idle' | 'playing' | 'paused'; notice: Notice; error?: string };
export type Player = {
  start(fromKey?: string | null): Promise<void>;
  pause(): void;
  resume(): void;
  next(): void;
  previous(): void;
  stop(): void;
};

const speaking = 'data-speaking';

function pageSentences(): Array<SpokenSentence & { element: HTMLElement }> {
  return [...document.querySelectorAll<HTMLElement>(`.doc [${attr.sentence}]`)].flatMap((element) => {
    const block = blockOf(element);
    const key = element.getAttribute(attr.sentence);
    return block && key ? [{ key, lang: block.lang, text: element.textContent ?? '', element }] : [];
  });
}

/** Voices arrive after page load in most browsers: wait for them a little. */
function voicesOf(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    synth.addEventListener('voiceschanged', done);
    setTimeout(done, 1500);
  });
}

export function createPlayer(onChange: (state: PlayerState) => void): Player {
  let queue: Array<SpokenSentence & { element: HTMLElement }> = [];
  let voices: Partial<Record<Lang, SpeechSynthesisVoice>> = {};
  let index = 0;
  // Bumped on every jump or stop: callbacks of an utterance that was cut off are ignored.
  let generation = 0;
  let notice: Notice = null;
  let paused = false;
  const synth = typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;

  const mark = (element: HTMLElement | null) => {
    for (const old of document.querySelectorAll(`[${speaking}]`)) old.removeAttribute(speaking);
    if (!element) return;
    element.setAttribute(speaking, '');
    const { top, bottom } = element.getBoundingClientRect();
    if (top < 80 || bottom > window.innerHeight) {
      const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      element.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    }
  };

  const finish = (state: PlayerState) => {
    generation += 1;
    synth?.cancel();
    if (paused) synth?.resume();
    paused = false;
    mark(null);
    onChange(state);
  };

  const speakAt = (at: number) => {
    const sentence = queue[at];
    if (!synth || !sentence) {
      finish({ status: 'idle', notice });
      return;
    }
    generation += 1;
    const mine = generation;
    synth.cancel();
    // A jump while paused plays the new sentence: the engine's pause would hold it.
    if (paused) synth.resume();
    paused = false;
    index = at;
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    const voice = voices[sentence.lang];
    try {
      if (voice) utterance.voice = voice;
    } catch {
      // An object the engine does not take for a voice: the language tag below still chooses one.
    }
    utterance.lang = voice?.lang ?? (sentence.lang === 'zh' ? 'zh-CN' : 'en');
    utterance.onend = () => {
      if (mine === generation) speakAt(at + 1);
    };
    utterance.onerror = (event) => {
      // Our own cancel (a jump, a stop) reports interrupted/canceled: not a failure.
      if (mine !== generation || event.error === 'interrupted' || event.error === 'canceled') return;
      finish({ status: 'idle', notice: 'failed', error: event.error });
    };
    mark(sentence.element);
    onChange({ status: 'playing', notice });
    synth.speak(utterance);
  };

  return {
    async start(fromKey = null) {
      if (!synth) {
        onChange({ status: 'idle', notice: 'unsupported' });
        return;
      }
      const available = await voicesOf(synth);
      voices = {};
      const zh = pickVoice(available, 'zh');
      const en = pickVoice(available, 'en');
      if (zh) voices.zh = zh;
      if (en) voices.en = en;
      const view = shownView();
      const wanted = viewLangs(view);
      const speakable = new Set(wanted.filter((lang) => voices[lang]));
      queue = speechQueue(pageSentences(), view, speakable);
      if (queue.length === 0) {
        onChange({ status: 'idle', notice: 'noVoice' });
        return;
      }
      notice = speakable.size < wanted.length ? (speakable.has('en') ? 'onlyEnglish' : 'onlyChinese') : null;
      speakAt(startAt(queue, fromKey));
    },
    pause() {
      paused = true;
      synth?.pause();
      onChange({ status: 'paused', notice });
    },
    resume() {
      paused = false;
      synth?.resume();
      onChange({ status: 'playing', notice });
    },
    next() {
      if (index + 1 < queue.length) speakAt(index + 1);
    },
    previous() {
      speakAt(Math.max(0, index - 1));
    },
    stop() {
      finish({ status: 'idle', notice: null });
    },
  };
}
