'use client';

import { lazy, Suspense, useEffect, useState } from 'react';
import { MenuButton } from './menu-button.client';
import { prefsScript, storageKeys, themes, type Theme } from '@/lib/reader/prefs';
import { ThemeIcon } from './theme-icon';

// The Radix menu loads on hover or focus and mounts on first use: no menu code on first load.
const loadDropdown = () => import('./theme-dropdown.client');
const ThemeDropdown = lazy(() => loadDropdown().then((module) => ({ default: module.ThemeDropdown })));

type Props = { label: string; options: Record<Theme, string> };

function readTheme(): Theme {
  const value = document.documentElement.getAttribute('data-theme');
  return value === 'light' || value === 'dark' ? value : 'system';
}

export function ThemeMenu({ label, options }: Props) {
  const [theme, setTheme] = useState<Theme>('system');
  const [opened, setOpened] = useState<{ byKeyboard: boolean } | null>(null);
  useEffect(() => {
    // Pages that React renders in the browser (Next's 404 for dynamic routes) never ran the inline
    // prefs script; run the same script now. Same text, so the same CSP hash allows it.
    if (!document.documentElement.hasAttribute('data-js')) {
      const script = document.createElement('script');
      script.textContent = prefsScript;
      document.head.append(script);
    }
    setTheme(readTheme());
  }, []);

  const choose = (value: string) => {
    const next = themes.find((candidate) => candidate === value) ?? 'system';
    setTheme(next);
    const root = document.documentElement;
    try {
      if (next === 'system') localStorage.removeItem(storageKeys.theme);
      else localStorage.setItem(storageKeys.theme, next);
    } catch {
      // Storage can be unavailable (private mode); the choice still applies to this page.
    }
    if (next === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', next);
  };

  const warm = () => {
    loadDropdown().catch(() => undefined);
  };
  const plain = (
    <MenuButton
      className="tool-button js-only"
      label={`${label}: ${options[theme]}`}
      onWarm={warm}
      onOpen={(byKeyboard) => setOpened({ byKeyboard })}
    >
      <ThemeIcon />
    </MenuButton>
  );
  if (!opened) return plain;
  return (
    <Suspense fallback={plain}>
      <ThemeDropdown label={label} options={options} theme={theme} onChoose={choose} byKeyboard={opened.byKeyboard} />
    </Suspense>
  );
}
