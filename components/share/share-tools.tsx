import type { ReactNode } from 'react';
import { ClientMessages } from '@/i18n/client-messages';
import { ShareController } from './share-controller.client';

type Props = { slug: string; children: ReactNode };

/*
 * Sharing on the document page: the controller (which loads the tools on intent) and the segment
 * menus inside `children`. The page carries only the controller's own strings; the tools and the
 * menus bring theirs when they load.
 */
export function ShareTools({ slug, children }: Props) {
  return (
    <ClientMessages keys={['Share.panel.open', 'Share.status.loadFailed']}>
      <ShareController slug={slug} />
      {children}
    </ClientMessages>
  );
}
