// The schema.org description of a document page: an Article for an interview, a Legislation
// for a law (its identifier, dates, the body that passed it). Pure.

import type { Frontmatter } from '@/lib/content/schema';

type Options = { description: string; url: string; languages: string[] };

const both = (value: { zh: string; en: string }) => `${value.en} (${value.zh})`;

export function documentJsonLd(meta: Frontmatter, { description, url, languages }: Options): Record<string, unknown> {
  const common = {
    '@context': 'https://schema.org',
    name: meta.title.zh,
    alternateName: meta.title.en,
    description,
    inLanguage: languages,
    translator: { '@type': 'Organization', name: 'Duizhao' },
    url,
  };
  if (meta.kind === 'regulation') {
    return {
      ...common,
      '@type': 'Legislation',
      legislationIdentifier: `${meta.announcement.zh} ${meta.announcement.en}`,
      legislationDate: meta.adopted,
      datePublished: meta.published,
      legislationDateOfApplicability: meta.inForce,
      legislationPassedBy: { '@type': 'GovernmentOrganization', name: both(meta.issuer) },
      legislationJurisdiction: 'Beijing',
    };
  }
  return {
    ...common,
    '@type': 'Article',
    headline: meta.title.zh,
    alternativeHeadline: meta.title.en,
    datePublished: meta.published,
    author: { '@type': 'Person', name: both(meta.reporter) },
    publisher: { '@type': 'Organization', name: both(meta.source) },
  };
}
