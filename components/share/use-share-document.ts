'use client';

import { useEffect, useState } from 'react';
import type { AppLocale } from '@/i18n/routing';
import type { ShareDocument } from '@/lib/share/document-data';
import { routes } from '@/lib/routes/routes';

let cache: { url: string; data: Promise<ShareDocument> } | null = null;

/** One fetch per document and page life; a failure is forgotten so the next use retries. */
function fetchDocument(url: string): Promise<ShareDocument> {
  if (cache?.url !== url) {
    const data = fetch(url, { credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((json: ShareDocument) => {
        if (!json || !Array.isArray(json.segments)) throw new Error('Unexpected passage data');
        return json;
      });
    data.catch(() => {
      cache = null;
    });
    cache = { url, data };
  }
  return cache.data;
}

export type DocumentState = { status: 'loading' } | { status: 'ready'; doc: ShareDocument } | { status: 'failed' };

/** The texts the share tools anchor to (a static file per document), loaded once. */
export function useShareDocument(locale: AppLocale, slug: string, onFail: () => void): DocumentState {
  const [state, setState] = useState<DocumentState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    fetchDocument(routes.passageData(locale, slug)).then(
      (doc) => live && setState({ status: 'ready', doc }),
      () => {
        if (!live) return;
        setState({ status: 'failed' });
        onFail();
      },
    );
    return () => {
      live = false;
    };
  }, [locale, slug, onFail]);
  return state;
}
