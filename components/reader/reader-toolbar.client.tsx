'use client';

import { useEffect, useId, useState } from 'react';
import { defaultTextSize, isViewMode, storageKeys, viewModes, type ViewMode } from '@/lib/reader/prefs';

type Props = {
  labels: {
    settings: string;
    view: string;
    modes: Record<ViewMode, string>;
    pinyin: string;
    textSize: string;
    smaller: string;
    larger: string;
  };
};

const wide = '(min-width: 64rem)';

function store(key: string, value: string) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private browsing: the choice applies to this page only.
  }
}

/** Keeps the URL shareable: it opens with the layout and pinyin the reader sees now. */
function setQuery(name: string, value: string | null) {
  const url = new URL(window.location.href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  window.history.replaceState(window.history.state, '', url);
}

export function ReaderToolbar({ labels }: Props) {
  const name = useId();
  const [view, setView] = useState<ViewMode | null>(null);
  const [pinyin, setPinyin] = useState(false);
  const [size, setSize] = useState(defaultTextSize);

  useEffect(() => {
    const root = document.documentElement;
    const current = root.getAttribute('data-view');
    setView(isViewMode(current) ? current : window.matchMedia(wide).matches ? 'side' : 'interleaved');
    setPinyin(root.getAttribute('data-pinyin') === 'on');
    setSize(Number(root.getAttribute('data-size') ?? defaultTextSize));
  }, []);

  const chooseView = (mode: ViewMode) => {
    setView(mode);
    document.documentElement.setAttribute('data-view', mode);
    store(storageKeys.view, mode);
    setQuery('view', mode);
  };

  const togglePinyin = () => {
    const next = !pinyin;
    setPinyin(next);
    if (next) document.documentElement.setAttribute('data-pinyin', 'on');
    else document.documentElement.removeAttribute('data-pinyin');
    store(storageKeys.pinyin, next ? '1' : '0');
    setQuery('pinyin', next ? '1' : null);
  };

  const resize = (delta: number) => {
    const next = Math.min(5, Math.max(1, size + delta));
    setSize(next);
    document.documentElement.setAttribute('data-size', String(next));
    store(storageKeys.size, String(next));
  };

  return (
    <div className="reader-toolbar js-only" role="group" aria-label={labels.settings}>
      <fieldset className="segmented">
        <legend className="sr-only">{labels.view}</legend>
        {viewModes.map((mode) => (
          <label key={mode} className="segmented-option">
            <input type="radio" name={name} value={mode} checked={view === mode} onChange={() => chooseView(mode)} />
            <span>{labels.modes[mode]}</span>
          </label>
        ))}
      </fieldset>
      <button type="button" className="tool-button pinyin-toggle" aria-pressed={pinyin} onClick={togglePinyin}>
        <span lang="zh-CN" aria-hidden="true" className="pinyin-glyph">
          拼
        </span>
        {labels.pinyin}
      </button>
      <div className="size-controls" role="group" aria-label={labels.textSize}>
        <button type="button" className="tool-button" disabled={size <= 1} onClick={() => resize(-1)}>
          <span aria-hidden="true">A−</span>
          <span className="sr-only">{labels.smaller}</span>
        </button>
        <button type="button" className="tool-button" disabled={size >= 5} onClick={() => resize(1)}>
          <span aria-hidden="true">A+</span>
          <span className="sr-only">{labels.larger}</span>
        </button>
      </div>
    </div>
  );
}
