import { htmlLang, type AppLocale } from '@/i18n/routing';
import type { Bilingual } from '@/lib/content/schema';
import type { Mention } from '@/lib/library/links';
import { routes } from '@/lib/routes/routes';
import type { DocumentT } from './types';

type Props = {
  locale: AppLocale;
  slug: string;
  mentions: readonly Mention[];
  titles: ReadonlyMap<string, Bilingual>;
  t: DocumentT;
};

/**
 * The documents this one names ("Mentions") and the ones that name it ("Mentioned in"), each with
 * a link to the first passage where the naming happens. Part of the body's static HTML.
 */
export function DocumentRelations({ locale, slug, mentions, titles, t }: Props) {
  const out = mentions.filter((mention) => mention.from === slug);
  const into = mentions.filter((mention) => mention.to === slug);
  if (out.length === 0 && into.length === 0) return null;
  const item = (other: string, segments: string[], where: string) => {
    const title = titles.get(other);
    const first = segments[0];
    return (
      <li key={other}>
        <a href={routes.document(locale, other)} lang={htmlLang(locale)} className="text-link underline">
          {title?.[locale] ?? other}
        </a>
        {first && (
          <>
            {' · '}
            <a href={routes.segment(locale, where, first)} className="text-link underline">
              {t('inPassages', { count: segments.length })}
            </a>
          </>
        )}
      </li>
    );
  };
  return (
    <dl className="doc-relations mb-6 grid gap-[0.35rem] text-sm text-muted">
      {out.length > 0 && (
        <div className="flex flex-wrap gap-x-2">
          <dt className="font-bold text-ink after:content-[':']">{t('mentions')}</dt>
          <dd>
            <ul>{out.map((mention) => item(mention.to, mention.segments, slug))}</ul>
          </dd>
        </div>
      )}
      {into.length > 0 && (
        <div className="flex flex-wrap gap-x-2">
          <dt className="font-bold text-ink after:content-[':']">{t('mentionedIn')}</dt>
          <dd>
            <ul>{into.map((mention) => item(mention.from, mention.segments, mention.from))}</ul>
          </dd>
        </div>
      )}
    </dl>
  );
}
