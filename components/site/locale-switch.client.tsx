'use client';

import type { Messages } from 'next-intl';
import type { MouseEvent } from 'react';
// next/navigation's own hook: next-intl's createNavigation would add next/link to every page's
// first load (about 5 KiB gzipped) for a link that navigates in full anyway.
import { usePathname } from 'next/navigation';
import { htmlLang, otherLang, type AppLocale } from '@/i18n/routing';
import type { Strings } from '@/i18n/strings';
import { localized } from '@/lib/routes/routes';
import { currentSegmentId } from '@/lib/reader-dom/contract';

/** The path below the locale prefix ('/en/glossary' → '/glossary'; the base path is not in it). */
function pathBelowLocale(pathname: string): string {
  return pathname.replace(/^\/[^/]+/, '');
}

type Props = { locale: AppLocale; strings: Strings<Messages['Nav'], 'switchTo' | 'switchToLabel'> };

export function LocaleSwitch({ locale, strings }: Props) {
  const target = otherLang(locale);
  // The same page in the other locale.
  const href = localized(target, pathBelowLocale(usePathname()));

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
      <span lang={htmlLang(target)}>{strings.switchTo}</span>
      <span className="sr-only"> – {strings.switchToLabel}</span>
    </a>
  );
}
