import { getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ShareController, type ShareMessages } from './share-controller.client';
import { ShareLabelsProvider } from './segment-menu.client';

/*
 * Server wrappers that mount the share leaves on the document page, so the page itself only
 * names them. ShareMenus gives every segment menu its labels through context (the server then
 * renders just a segment id per menu); ShareTools mounts the controller with the Share strings.
 */

type MenusProps = { locale: 'en' | 'zh'; children: ReactNode };

export async function ShareMenus({ locale, children }: MenusProps) {
  const t = await getTranslations({ locale, namespace: 'Share' });
  return (
    <ShareLabelsProvider
      labels={{
        locale,
        trigger: t('menu.trigger'),
        label: t('menu.label'),
        sentences: t('menu.sentences'),
        sentence: t('menu.sentence', { n: '{n}' }),
        actions: {
          highlight: t('actions.highlight'),
          note: t('actions.addNote'),
          link: t('actions.copyLink'),
          share: t('actions.share'),
          cite: t('actions.copyCitation'),
        },
      }}
    >
      {children}
    </ShareLabelsProvider>
  );
}

type ToolsProps = { locale: 'en' | 'zh'; slug: string };

export async function ShareTools({ locale, slug }: ToolsProps) {
  const messages = (await getMessages({ locale })) as { Share: ShareMessages };
  return <ShareController slug={slug} locale={locale} messages={messages.Share} />;
}
