'use client';

import type { Messages } from 'next-intl';
import { useEffect, useId, useState, type ReactNode } from 'react';
import type { Strings } from '@/i18n/strings';

type Order = 'newest' | 'oldest';
type Props = {
  items: Array<{ slug: string; date: string; card: ReactNode }>;
  strings: Strings<Messages['Library'], 'order' | Order>;
};

/** ISO dates compared as plain text: localeCompare's first call builds a collator, about 10 ms of the page's start-up. */
const earlier = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function orderFromUrl(): Order {
  return new URLSearchParams(window.location.search).get('sort') === 'oldest' ? 'oldest' : 'newest';
}

/**
 * The library's list in the order the reader picks (?sort=oldest keeps it in the address). The
 * cards are server-rendered; this leaf only orders them. Without JavaScript: newest first.
 */
export function LibraryOrder({ items, strings }: Props) {
  const id = useId();
  const [order, setOrder] = useState<Order>('newest');

  useEffect(() => {
    // The page is static: the address is only known in the browser.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reading the address once it exists
    setOrder(orderFromUrl());
  }, []);

  const change = (next: Order) => {
    setOrder(next);
    const url = new URL(window.location.href);
    if (next === 'oldest') url.searchParams.set('sort', 'oldest');
    else url.searchParams.delete('sort');
    window.history.replaceState(window.history.state, '', url);
  };

  // Ties keep the library's order.
  const sorted = [...items].sort((a, b) => (order === 'newest' ? earlier(b.date, a.date) : earlier(a.date, b.date)));
  return (
    <>
      <div className="js-only mb-3 flex items-center gap-2 text-sm">
        <label htmlFor={`${id}-order`} className="text-muted">
          {strings.order}
        </label>
        <select
          id={`${id}-order`}
          className="min-h-9 rounded-md border border-line bg-surface px-2 text-ink"
          value={order}
          onChange={(event) => change(event.target.value === 'oldest' ? 'oldest' : 'newest')}
        >
          <option value="newest">{strings.newest}</option>
          <option value="oldest">{strings.oldest}</option>
        </select>
      </div>
      <ul className="grid gap-4">
        {sorted.map((item) => (
          <li key={item.slug}>{item.card}</li>
        ))}
      </ul>
    </>
  );
}
