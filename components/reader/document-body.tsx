import { getMDXComponent } from 'mdx-bundler/client';
import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import type { LoadedDocument } from '@/lib/content/load';
import { Byline } from './byline';
import { mdxComponents } from './mdx-components';

type Props = { locale: AppLocale; document: LoadedDocument };

// One component per compiled document and build worker: getMDXComponent evaluates the code.
const compiled = new Map<string, ReturnType<typeof getMDXComponent>>();

function componentOf(code: string) {
  let component = compiled.get(code);
  if (!component) {
    component = getMDXComponent(code);
    compiled.set(code, component);
  }
  return component;
}

/** The document's text: every segment in both languages, as the MDX pipeline compiled it. */
export async function DocumentBody({ locale, document }: Props) {
  const t = await getTranslations({ locale, namespace: 'Document' });
  const Content = componentOf(document.code);
  return (
    // A server component: no state to reset, and the component is cached per compiled document.
    // eslint-disable-next-line react-hooks/static-components
    <Content
      components={mdxComponents({
        locale,
        labels: {
          showEn: t('showOther'),
          hideEn: t('hideOther'),
          showZh: t('showOtherZh'),
          hideZh: t('hideOtherZh'),
          note: t('translatorsNote'),
        },
        afterTitle: <Byline locale={locale} meta={document.meta} />,
      })}
    />
  );
}
