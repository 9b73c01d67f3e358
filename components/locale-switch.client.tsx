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
    <a href={href} hrefLang={targetLang} lang={targetLang} className="locale-switch" aria-label={label} onClick={onClick}>
      {text}
    </a>
  );
}
