'use client';

import type { Messages } from 'next-intl';
import { useId, useSyncExternalStore } from 'react';
import type { Strings } from '@/i18n/strings';
import { defaultTextSize, shownView, storageKeys, viewModes, wideScreen, type ViewMode } from '@/lib/reader/prefs';
import { writeStored } from '@/lib/storage/local-storage';
import { KeepOffline, type KeepOfflineStrings } from './keep-offline.client';
import { ReadAloud, type ReadAloudStrings } from './read-aloud.client';

const viewLabel = { side: 'viewSide', interleaved: 'viewInterleaved', zh: 'viewZh', en: 'viewEn' } as const satisfies Record<
  ViewMode,
  keyof Messages['Reader']
>;

export type ToolbarStrings = Strings<
  Messages['Reader'],
  (typeof viewLabel)[ViewMode] | 'settings' | 'view' | 'pinyin' | 'toneColours' | 'traditional' | 'textSize' | 'smaller' | 'larger'
>;

type Props = { strings: ToolbarStrings; readAloud: ReadAloudStrings; keepOffline: KeepOfflineStrings };

/** Keeps the URL shareable: it opens with the layout and pinyin the reader sees now. */
function setQuery(name: string, value: string | null) {
  const url = new URL(window.location.href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  window.history.replaceState(window.history.state, '', url);
}

// The settings live on <html> (set before paint by the prefs script): read them there, and
// follow them when they change (the toolbar itself, another tab's script, the screen width).
function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-view', 'data-pinyin', 'data-tones', 'data-script', 'data-size'],
  });
  const media = wideScreen();
  media.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', onChange);
  };
}

const readPinyin = () => document.documentElement.getAttribute('data-pinyin') === 'on';
const readTraditional = () => document.documentElement.getAttribute('data-script') === 'hant';
const readTones = () => document.documentElement.getAttribute('data-tones') === 'on';
const readSize = () => Number(document.documentElement.getAttribute('data-size') ?? defaultTextSize);

export function ReaderToolbar({ strings, readAloud, keepOffline }: Props) {
  const name = useId();
  // On the server (and while hydrating) no layout is checked: the browser knows the screen.
  const view = useSyncExternalStore(subscribe, shownView, () => null);
  const pinyin = useSyncExternalStore(subscribe, readPinyin, () => false);
  const tones = useSyncExternalStore(subscribe, readTones, () => false);
  const traditional = useSyncExternalStore(subscribe, readTraditional, () => false);
  const size = useSyncExternalStore(subscribe, readSize, () => defaultTextSize);
  const root = () => document.documentElement;

  const chooseView = (mode: ViewMode) => {
    root().setAttribute('data-view', mode);
    writeStored(storageKeys.view, mode);
    setQuery('view', mode);
  };

  const togglePinyin = () => {
    const next = !pinyin;
    if (next) root().setAttribute('data-pinyin', 'on');
    else root().removeAttribute('data-pinyin');
    writeStored(storageKeys.pinyin, next ? '1' : '0');
    setQuery('pinyin', next ? '1' : null);
  };

  const toggleTones = () => {
    if (tones) root().removeAttribute('data-tones');
    else root().setAttribute('data-tones', 'on');
    writeStored(storageKeys.tones, tones ? '0' : '1');
  };

  const toggleScript = () => {
    if (traditional) root().removeAttribute('data-script');
    else root().setAttribute('data-script', 'hant');
    writeStored(storageKeys.script, traditional ? 'hans' : 'hant');
    setQuery('script', traditional ? null : 'hant');
  };

  const resize = (delta: number) => {
    const next = Math.min(5, Math.max(1, size + delta));
    root().setAttribute('data-size', String(next));
    writeStored(storageKeys.size, String(next));
  };

  return (
    <div className="reader-toolbar js-only" role="group" aria-label={strings.settings}>
      <fieldset className="segmented">
        <legend className="sr-only">{strings.view}</legend>
        {viewModes.map((mode) => (
          <label key={mode} className="segmented-option">
            <input type="radio" name={name} value={mode} checked={view === mode} onChange={() => chooseView(mode)} />
            <span>{strings[viewLabel[mode]]}</span>
          </label>
        ))}
      </fieldset>
      <button type="button" className="tool-button pinyin-toggle" aria-pressed={pinyin} onClick={togglePinyin}>
        <span lang="zh-CN" aria-hidden="true" className="pinyin-glyph">
          拼
        </span>
        {strings.pinyin}
      </button>
      {/* Always rendered, shown by CSS while pinyin is on (the head script sets it before paint):
          the toolbar keeps its size when the page hydrates. */}
      <button type="button" className="tool-button tones-toggle" aria-pressed={tones} onClick={toggleTones}>
        {strings.toneColours}
      </button>
      <button type="button" className="tool-button" aria-pressed={traditional} onClick={toggleScript}>
        {/* 繁 is written alike in both scripts: zh-CN draws it from 拼's face, where zh-Hant loaded a
            Traditional face for this one character on every document page's first screen. */}
        <span lang="zh-CN" aria-hidden="true" className="pinyin-glyph">
          繁
        </span>
        {strings.traditional}
      </button>
      <div className="size-controls" role="group" aria-label={strings.textSize}>
        <button type="button" className="tool-button" disabled={size <= 1} onClick={() => resize(-1)}>
          <span aria-hidden="true">A−</span>
          <span className="sr-only">{strings.smaller}</span>
        </button>
        <button type="button" className="tool-button" disabled={size >= 5} onClick={() => resize(1)}>
          <span aria-hidden="true">A+</span>
          <span className="sr-only">{strings.larger}</span>
        </button>
      </div>
      <ReadAloud strings={readAloud} />
      <KeepOffline strings={keepOffline} />
    </div>
  );
}
