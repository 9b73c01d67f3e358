import type { Metadata } from 'next';
import { routing } from '@/i18n/routing';
import { basePath, routes } from '@/lib/routes/routes';

/*
 * `/` in the static build (npm run build:static), where no server negotiates the language: this
 * page sends the browser to the interface language it prefers, and offers both links to a reader
 * without JavaScript. Under `next start` the proxy redirects `/` before this page is reached.
 * The script is a constant of ours: it reads only the browser's language list.
 */
export const metadata: Metadata = { title: '对照 Duizhao', robots: { index: false, follow: true } };

const pick = `(function(){var l=${JSON.stringify(routing.locales)},d=${JSON.stringify(routing.defaultLocale)},p=(navigator.languages||[navigator.language||'']).map(function(x){return String(x).toLowerCase().split('-')[0]}).filter(function(x){return l.indexOf(x)>=0})[0]||d;location.replace(${JSON.stringify(basePath)}+'/'+p+location.hash);})();`;

export default function LanguagePicker() {
  return (
    <html lang="en">
      <head>
        <script dangerouslySetInnerHTML={{ __html: pick }} />
      </head>
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '3rem auto', maxWidth: '32rem', padding: '0 1rem', lineHeight: 1.6 }}>
        <main>
          <h1 style={{ fontSize: '1.5rem' }}>
            <span lang="zh-CN">对照</span> Duizhao
          </h1>
          <ul>
            <li>
              <a href={routes.library('en')}>English</a>
            </li>
            <li>
              <a href={routes.library('zh')} lang="zh-CN">
                中文
              </a>
            </li>
          </ul>
        </main>
      </body>
    </html>
  );
}
