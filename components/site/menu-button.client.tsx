'use client';

import { useRef, type FocusEvent, type ReactNode } from 'react';

type Props = {
  className: string;
  label: string;
  /** Fetch the menu's code: the pointer or focus is on its way. */
  onWarm: () => void;
  /** Mount the real menu, open; `byKeyboard` when Enter, Space or ArrowDown opened it. */
  onOpen: (byKeyboard: boolean) => void;
  children: ReactNode;
};

/**
 * A menu's trigger until the menu's code has loaded: a plain button with the menu button's
 * semantics, so that no menu code is on a page's first load. The real (Radix) menu then mounts
 * open in its place.
 */
export function MenuButton({ className, label, onWarm, onOpen, children }: Props) {
  return (
    <button
      type="button"
      className={className}
      aria-label={label}
      aria-haspopup="menu"
      aria-expanded="false"
      onPointerEnter={onWarm}
      onFocus={onWarm}
      // A click from Enter or Space has no pointer detail.
      onClick={(event) => onOpen(event.detail === 0)}
      onKeyDown={(event) => {
        if (event.key !== 'ArrowDown') return;
        event.preventDefault();
        onOpen(true);
      }}
    >
      {children}
    </button>
  );
}

/**
 * For a Radix menu that mounts open after a MenuButton: Radix focuses the menu itself, not an
 * item, because it did not see the key press that opened it (the plain button took it). Opened
 * from the keyboard, move on once to the item a keyboard opening would reach.
 */
export function useKeyboardOpenFocus(byKeyboard: boolean, itemSelector: string) {
  const done = useRef(false);
  return (event: FocusEvent<HTMLElement>) => {
    if (!byKeyboard || done.current || event.target !== event.currentTarget) return;
    done.current = true;
    event.currentTarget.querySelector<HTMLElement>(itemSelector)?.focus();
  };
}
