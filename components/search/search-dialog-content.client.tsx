'use client';

import { useTranslations } from 'next-intl';
import { Dialog } from 'radix-ui';
import { useRef, useState, type RefObject } from 'react';
import { LazyMessages } from '@/i18n/lazy-messages.client';
import { SearchPanel } from './search-panel';
import type { AppLocale } from '@/i18n/routing';

type Props = {
  locale: AppLocale;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  query: string;
  setQuery: (query: string) => void;
  /** The header button: focus goes back there when the dialog closes. */
  trigger: RefObject<HTMLButtonElement | null>;
};

/** The search dialog itself, loaded on the first sign of intent (see search-dialog.client.tsx), with its strings. */
export function SearchDialogContent({ locale, ...props }: Props) {
  return (
    <LazyMessages locale={locale} feature="search">
      <DialogContent {...props} />
    </LazyMessages>
  );
}

function DialogContent({ open, onOpenChange, query, setQuery, trigger }: Omit<Props, 'locale'>) {
  const t = useTranslations('Search');
  const inputRef = useRef<HTMLInputElement>(null);
  const [doc, setDoc] = useState('');
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-70 bg-[rgb(0_0_0/0.45)]" />
        <Dialog.Content
          className="fixed top-[max(1rem,8vh)] left-1/2 z-71 flex max-h-[calc(100dvh-2*max(1rem,8vh))] w-[min(46rem,calc(100vw-2rem))] -translate-x-1/2 flex-col rounded-xl border border-line bg-surface px-4 pt-3 pb-4 text-ink shadow-[0_16px_48px_rgb(0_0_0/0.25)] focus:outline-none phone:inset-0 phone:h-dvh phone:max-h-none phone:w-full phone:translate-none phone:rounded-none phone:border-0 phone:px-3 phone:pt-2 phone:pb-3"
          onCloseAutoFocus={(event) => {
            // No Dialog.Trigger here (the button loads before this code does): return focus by hand.
            event.preventDefault();
            trigger.current?.focus();
          }}
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            inputRef.current?.focus();
            inputRef.current?.select();
          }}
        >
          <div className="flex items-center justify-between gap-2">
            <Dialog.Title className="text-lg font-bold">{t('title')}</Dialog.Title>
            <Dialog.Close className="tool-button search-close" aria-label={t('close')}>
              <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
                <path fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" d="M6 6l12 12M18 6 6 18" />
              </svg>
            </Dialog.Close>
          </div>
          <Dialog.Description className="mt-1 mb-3 text-13 text-muted">{t('description')}</Dialog.Description>
          <SearchPanel
            query={query}
            onQueryChange={setQuery}
            doc={doc}
            onDocChange={setDoc}
            active={open}
            variant="dialog"
            inputRef={inputRef}
            // After the click's default action: closing unmounts the link, and a
            // disconnected link does not navigate. Matters for same-page #segment links.
            onNavigate={() => setTimeout(() => onOpenChange(false), 0)}
          />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
