'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { MouseEvent } from 'react';
import { usePathname } from '@/i18n/navigation';
import { htmlLang, otherLang } from '@/i18n/routing';
import { localized } from '@/lib/routes/routes';
import { currentSegmentId } from '@/lib/reader-dom/contract';

export function LocaleSwitch() {
  const t = useTranslations('Nav');
  const target = otherLang(useLocale());
  // The same page in the other locale (the pathname here is below the locale prefix).
  const href = localized(target, usePathname());

  // Same page, same view settings (query) and the same place in the text (segment as fragment).
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const segment = currentSegmentId();
    const hash = segment && window.scrollY > 0 ? `#${segment}` : window.location.hash;
    event.currentTarget.href = `${href}${window.location.search}${hash}`;
  };

  return (
    // The visible language name starts the accessible name (WCAG 2.5.3); the rest says what it does.
    // A full page load, not a client navigation: the document body is static HTML per locale.
    <a href={href} hrefLang={htmlLang(target)} className="tool-button" onClick={onClick}>
      <span lang={htmlLang(target)}>{t('switchTo')}</span>
      <span className="sr-only"> – {t('switchToLabel')}</span>
    </a>
  );
}
