'use client';

import type { Messages } from 'next-intl';
import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { prefsScript, storageKeys, themes, type Theme } from '@/lib/reader/prefs';
import type { Strings } from '@/i18n/strings';
import { writeStored } from '@/lib/storage/local-storage';
import { MenuButton } from './menu-button.client';
import { ThemeIcon } from './theme-icon';

// The Radix menu loads on hover or focus and mounts on first use: no menu code on first load.
const loadDropdown = () => import('./theme-dropdown.client');
const ThemeDropdown = lazy(() => loadDropdown().then((module) => ({ default: module.ThemeDropdown })));

function readTheme(): Theme {
  const value = document.documentElement.getAttribute('data-theme');
  return value === 'light' || value === 'dark' ? value : 'system';
}

// The theme lives on <html data-theme> (set before paint by the prefs script); watch it there.
function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

type Props = { strings: Strings<Messages['Theme'], 'label' | Theme> };

export function ThemeMenu({ strings }: Props) {
  const theme = useSyncExternalStore(subscribe, readTheme, () => 'system' as const);
  const [opened, setOpened] = useState<{ byKeyboard: boolean } | null>(null);
  const label = `${strings.label}: ${strings[theme]}`;

  useEffect(() => {
    // A page React renders in the browser (a not-found after a client navigation) never ran the
    // inline prefs script in <head>: run the same script now, so preferences and .js-only apply.
    if (document.documentElement.hasAttribute('data-js')) return;
    const script = document.createElement('script');
    script.textContent = prefsScript;
    document.head.append(script);
  }, []);

  const choose = (value: string) => {
    const next = themes.find((candidate) => candidate === value) ?? 'system';
    writeStored(storageKeys.theme, next === 'system' ? null : next);
    if (next === 'system') document.documentElement.removeAttribute('data-theme');
    else document.documentElement.setAttribute('data-theme', next);
  };

  const plain = (
    <MenuButton
      className="tool-button js-only"
      label={label}
      onWarm={() => void loadDropdown().catch(() => undefined)}
      onOpen={(byKeyboard) => setOpened({ byKeyboard })}
    >
      <ThemeIcon />
    </MenuButton>
  );
  if (!opened) return plain;
  return (
    <Suspense fallback={plain}>
      <ThemeDropdown label={label} strings={strings} theme={theme} onChoose={choose} byKeyboard={opened.byKeyboard} />
    </Suspense>
  );
}
