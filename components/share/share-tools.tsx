import type { ReactNode } from 'react';
import { ClientMessages } from '@/i18n/client-messages';
import { ShareController } from './share-controller.client';

type Props = { slug: string; children: ReactNode };

/*
 * Sharing on the document page: the controller (which loads the tools on intent) and the segment
 * menus inside `children` (the document body), under one provider of the share strings.
 */
export function ShareTools({ slug, children }: Props) {
  return (
    <ClientMessages namespaces={['Share', 'Citation']}>
      <ShareController slug={slug} />
      {children}
    </ClientMessages>
  );
}
