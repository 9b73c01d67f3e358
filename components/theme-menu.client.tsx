'use client';

import { DropdownMenu } from 'radix-ui';
import { useEffect, useState } from 'react';
import { prefsScript, storageKeys, themes, type Theme } from '@/lib/prefs';

type Props = { label: string; options: Record<Theme, string> };

function readTheme(): Theme {
  const value = document.documentElement.getAttribute('data-theme');
  return value === 'light' || value === 'dark' ? value : 'system';
}

export function ThemeMenu({ label, options }: Props) {
  const [theme, setTheme] = useState<Theme>('system');
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

  return (
    // Non-modal: a modal menu would aria-hide the reading text, whose sentences stay focusable.
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className="tool-button js-only" aria-label={`${label}: ${options[theme]}`}>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
          <path fill="currentColor" d="M12 3a9 9 0 1 0 9 9 7 7 0 0 1-9-9Z" />
        </svg>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" sideOffset={6} align="end">
          <DropdownMenu.Label className="menu-label">{label}</DropdownMenu.Label>
          <DropdownMenu.RadioGroup value={theme} onValueChange={choose}>
            {themes.map((value) => (
              <DropdownMenu.RadioItem key={value} value={value} className="menu-item">
                <DropdownMenu.ItemIndicator className="menu-check">✓</DropdownMenu.ItemIndicator>
                {options[value]}
              </DropdownMenu.RadioItem>
            ))}
          </DropdownMenu.RadioGroup>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
