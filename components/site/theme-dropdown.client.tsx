'use client';

import type { Messages } from 'next-intl';
import { DropdownMenu } from 'radix-ui';
import type { Strings } from '@/i18n/strings';
import { themes, type Theme } from '@/lib/reader/prefs';
import { useKeyboardOpenFocus } from './menu-button.client';
import { ThemeIcon } from './theme-icon';

type Props = {
  label: string;
  strings: Strings<Messages['Theme'], 'label' | Theme>;
  theme: Theme;
  onChoose: (value: string) => void;
  byKeyboard: boolean;
};

/** The theme menu itself, loaded on first use (see theme-menu.client.tsx); it mounts open. */
export function ThemeDropdown({ label, strings, theme, onChoose, byKeyboard }: Props) {
  const onFocus = useKeyboardOpenFocus(byKeyboard, '[role="menuitemradio"][aria-checked="true"]');

  return (
    // Non-modal: a modal menu would aria-hide the reading text, whose sentences stay focusable.
    <DropdownMenu.Root modal={false} defaultOpen>
      <DropdownMenu.Trigger className="tool-button js-only" aria-label={label}>
        <ThemeIcon />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" sideOffset={6} align="end" onFocus={onFocus}>
          <DropdownMenu.Label className="menu-label">{strings.label}</DropdownMenu.Label>
          <DropdownMenu.RadioGroup value={theme} onValueChange={onChoose}>
            {themes.map((value) => (
              <DropdownMenu.RadioItem key={value} value={value} className="menu-item">
                <DropdownMenu.ItemIndicator className="absolute left-2">✓</DropdownMenu.ItemIndicator>
                {strings[value]}
              </DropdownMenu.RadioItem>
            ))}
          </DropdownMenu.RadioGroup>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
