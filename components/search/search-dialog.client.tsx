'use client';

import type { Messages } from 'next-intl';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { preloadMessages } from '@/i18n/message-files';
import type { AppLocale } from '@/i18n/routing';
import type { Strings } from '@/i18n/strings';
import { routes } from '@/lib/routes/routes';
import { isSearchShortcut } from '@/lib/search/shortcut';
import { preloadSearch } from '@/lib/search/use-search';

const loadDialog = () => import('./search-dialog-content.client');
const SearchDialogContent = lazy(() => loadDialog().then((module) => ({ default: module.SearchDialogContent })));

// Warm the dialog's code and the index on the first sign of intent; errors resurface (and retry)
// when the dialog opens.
const warm = (locale: string) => {
  loadDialog().catch(() => undefined);
  preloadSearch().catch(() => undefined);
  preloadMessages(locale, 'search');
};

const icon = (
  <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" className="text-ink">
    <path
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      d="m20 20-4.2-4.2M17 10.5a6.5 6.5 0 1 1-13 0 6.5 6.5 0 0 1 13 0Z"
    />
  </svg>
);

type Props = { locale: AppLocale; strings: Strings<Messages['Search'], 'trigger' | 'shortcut'> };

/**
 * The header's search: a button that opens a dialog with results as you type,
 * also opened with `/` or Ctrl/⌘ K from anywhere on the page.
 */
export function SearchDialog({ locale, strings }: Props) {
  const [open, setOpen] = useState(false);
  // Mounted from the first opening on, so the dialog keeps its query between openings.
  const [wanted, setWanted] = useState(false);
  const [query, setQuery] = useState('');
  const trigger = useRef<HTMLButtonElement>(null);

  const show = () => {
    warm(locale);
    setWanted(true);
    setOpen(true);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      warm(locale);
      setWanted(true);
      setOpen(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [locale]);

  return (
    <>
      {/* Without JavaScript the button cannot work: this link leads to the page that explains why. */}
      <a href={routes.search(locale)} className="tool-button no-js-only" aria-label={strings.trigger}>
        {icon}
      </a>
      <button
        ref={trigger}
        type="button"
        className="tool-button js-only gap-2 text-muted md:min-w-40 md:justify-start"
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={() => warm(locale)}
        onFocus={() => warm(locale)}
        onClick={show}
      >
        {icon}
        <span className="max-md:sr-only">{strings.trigger}</span>
        <kbd
          className="rounded-[0.3rem] border border-line px-[0.4rem] py-[0.2rem] font-[ui-monospace,SFMono-Regular,Menlo,monospace] text-xs leading-none text-muted max-md:hidden md:ml-auto"
          aria-hidden="true"
          title={strings.shortcut}
        >
          /
        </kbd>
      </button>
      {wanted && (
        <Suspense fallback={null}>
          <SearchDialogContent locale={locale} open={open} onOpenChange={setOpen} query={query} setQuery={setQuery} trigger={trigger} />
        </Suspense>
      )}
    </>
  );
}
