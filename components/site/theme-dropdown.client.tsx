'use client';

import { DropdownMenu } from 'radix-ui';
import { useRef } from 'react';
import { themes, type Theme } from '@/lib/reader/prefs';
import { ThemeIcon } from './theme-icon';

type Props = {
  label: string;
  options: Record<Theme, string>;
  theme: Theme;
  onChoose: (value: string) => void;
  /** Opened from the keyboard: Radix did not see that key press, so focus the checked item here. */
  byKeyboard: boolean;
};

/** The theme menu itself, loaded on first use (see theme-menu.client.tsx); it mounts open. */
export function ThemeDropdown({ label, options, theme, onChoose, byKeyboard }: Props) {
  const keyboardFocusDone = useRef(false);

  return (
    // Non-modal: a modal menu would aria-hide the reading text, whose sentences stay focusable.
    <DropdownMenu.Root modal={false} defaultOpen>
      <DropdownMenu.Trigger className="tool-button js-only" aria-label={`${label}: ${options[theme]}`}>
        <ThemeIcon />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          className="menu"
          sideOffset={6}
          align="end"
          onFocus={(event) => {
            // Radix focuses the menu itself when it mounts open. Opened by a key press it did not
            // see (the plain button took it), move on to the item a keyboard opening would reach.
            if (!byKeyboard || keyboardFocusDone.current || event.target !== event.currentTarget) return;
            keyboardFocusDone.current = true;
            event.currentTarget.querySelector<HTMLElement>('[role="menuitemradio"][aria-checked="true"]')?.focus();
          }}
        >
          <DropdownMenu.Label className="menu-label">{label}</DropdownMenu.Label>
          <DropdownMenu.RadioGroup value={theme} onValueChange={onChoose}>
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
