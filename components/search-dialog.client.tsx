'use client';

import { Dialog } from 'radix-ui';
import { useEffect, useRef, useState } from 'react';
import type { SearchLabels } from '@/lib/search/labels';
import { preloadSearch } from '@/lib/search/use-search';
import { SearchPanel } from './search-panel';

type Props = { locale: 'en' | 'zh'; labels: SearchLabels };

/** Keys typed into a field belong to the field: `/` there is a character, not a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null;
}

// Warm the cache on the first sign of intent; errors resurface (and retry) when the dialog opens.
const warm = () => {
  preloadSearch().catch(() => undefined);
};

const icon = (
  <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
    <path fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" d="m20 20-4.2-4.2M17 10.5a6.5 6.5 0 1 1-13 0 6.5 6.5 0 0 1 13 0Z" />
  </svg>
);

/**
 * The header's search: a button that opens a dialog with results as you type,
 * also opened with `/` or Ctrl/⌘ K from anywhere on the page.
 */
export function SearchDialog({ locale, labels }: Props) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
      if (!slash && !k) return;
      event.preventDefault();
      warm();
      setOpen(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      {/* Without JavaScript the button cannot work: this link leads to the page that explains why. */}
      <a href={`/${locale}/search`} className="tool-button search-nojs-link" aria-label={labels.trigger}>
        {icon}
      </a>
      <Dialog.Root open={open} onOpenChange={setOpen}>
        <Dialog.Trigger className="tool-button search-trigger js-only" onPointerEnter={warm} onFocus={warm}>
          {icon}
          <span className="search-trigger-text">{labels.trigger}</span>
          <kbd className="search-trigger-key" aria-hidden="true" title={labels.shortcut}>
            /
          </kbd>
        </Dialog.Trigger>
        <Dialog.Portal>
          <Dialog.Overlay className="search-overlay" />
          <Dialog.Content
            className="search-dialog"
            onOpenAutoFocus={(event) => {
              event.preventDefault();
              inputRef.current?.focus();
              inputRef.current?.select();
            }}
          >
            <div className="search-dialog-head">
              <Dialog.Title className="search-dialog-title">{labels.title}</Dialog.Title>
              <Dialog.Close className="tool-button search-close" aria-label={labels.close}>
                <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
                  <path fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" d="M6 6l12 12M18 6 6 18" />
                </svg>
              </Dialog.Close>
            </div>
            <Dialog.Description className="search-dialog-description">{labels.description}</Dialog.Description>
            <SearchPanel
              locale={locale}
              labels={labels}
              query={query}
              onQueryChange={setQuery}
              active={open}
              variant="dialog"
              inputRef={inputRef}
              // After the click's default action: closing unmounts the link, and a
              // disconnected link does not navigate. Matters for same-page #segment links.
              onNavigate={() => setTimeout(() => setOpen(false), 0)}
            />
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </>
  );
}
