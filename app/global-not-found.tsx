import type { Metadata } from 'next';
import { SiteStyle } from '@/components/site/site-style.client';

// Unmatched URLs that never reach a locale: paths with a file extension, which the proxy leaves
// alone. Every other unknown path gets the localized 404 (app/[locale]/404).
export const metadata: Metadata = {
  title: 'Page not found · 页面未找到 · Duizhao',
  robots: { index: false },
};

export default function GlobalNotFound() {
  return (
    <html lang="en">
      <head>
        <SiteStyle />
      </head>
      <body>
        <main id="main" className="page-narrow mx-auto max-w-3xl px-4 pt-8 pb-16">
          <h1 className="mb-3 text-3xl leading-tight font-bold">
            Page not found · <span lang="zh-CN">页面未找到</span>
          </h1>
          <p>
            <a className="link" href="/en">
              Library
            </a>{' '}
            ·{' '}
            <a className="link" href="/zh" lang="zh-CN">
              文库
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
