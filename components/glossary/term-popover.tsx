import { ClientMessages } from '@/i18n/client-messages';
import { TermPopover as TermPopoverClient } from './term-popover.client';

/** Term cards for the reading text: the strings of the card; the cards themselves load on intent. */
export function TermPopover() {
  return (
    <ClientMessages namespaces={['TermCard']}>
      <TermPopoverClient />
    </ClientMessages>
  );
}
