'use client';

import { usePathname } from 'next/navigation';
import type { MouseEvent } from 'react';

type Props = { locale: string; target: string; targetLang: string; text: string; label: string };

/**
 * The segment the reader is looking at: the first one below the sticky header, or the one the
 * header cuts if most of it is still in view.
 */
function currentSegmentId(): string | null {
  const headerBottom = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  for (const segment of document.querySelectorAll<HTMLElement>('[data-segment]')) {
    const { top, bottom, height } = segment.getBoundingClientRect();
    if (height === 0) continue;
    if (top >= headerBottom - 8 || bottom - headerBottom > height / 2) return segment.id;
  }
  return null;
}

export function LocaleSwitch({ locale, target, targetLang, text, label }: Props) {
  const pathname = usePathname();
  const href = pathname.replace(new RegExp(`^/${locale}(?=/|$)`), `/${target}`);

  // Same page, same view settings (query) and the same place in the text (segment as fragment).
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const segment = currentSegmentId();
    const hash = segment && window.scrollY > 0 ? `#${segment}` : window.location.hash;
    event.currentTarget.href = `${href}${window.location.search}${hash}`;
  };

  return (
    // The visible language name starts the accessible name (WCAG 2.5.3); the rest says what it does.
    <a href={href} hrefLang={targetLang} className="locale-switch" onClick={onClick}>
      <span lang={targetLang}>{text}</span>
      <span className="sr-only"> – {label}</span>
    </a>
  );
}
