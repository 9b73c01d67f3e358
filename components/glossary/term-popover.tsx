import { ClientMessages } from '@/i18n/client-messages';
import { TermPopover as TermPopoverClient } from './term-popover.client';

/** Term cards for the reading text: the card's code, cards and strings load on intent. */
export function TermPopover() {
  return (
    <ClientMessages keys={[]}>
      <TermPopoverClient />
    </ClientMessages>
  );
}
