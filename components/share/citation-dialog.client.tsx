'use client';

import { useTranslations } from 'next-intl';
import { Dialog } from 'radix-ui';
import type { CitationInput } from '@/lib/share/citation';
import { ShareCitation } from './share-citation.client';

type Props = {
  citation: CitationInput | null;
  /** Whether the Chicago text was copied when the dialog opened (the dialog says so). */
  copied: boolean;
  /** Where focus returns when the dialog closes (the button or menu it was opened from). */
  origin: HTMLElement | null;
  onClose: () => void;
};

/** "Cite this passage": the citation, already copied, in all three formats. */
export function CitationDialog({ citation, copied, origin, onClose }: Props) {
  const t = useTranslations('Citation');
  return (
    <Dialog.Root open={citation !== null} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="share-overlay" />
        <Dialog.Content
          className="share-dialog"
          data-share-ui=""
          onCloseAutoFocus={(event) => {
            if (origin?.isConnected) {
              event.preventDefault();
              origin.focus();
            }
          }}
        >
          <Dialog.Title className="share-dialog-title">{t('title')}</Dialog.Title>
          <Dialog.Description className="share-dialog-description">{t(copied ? 'description' : 'notCopied')}</Dialog.Description>
          {citation && <ShareCitation {...citation} />}
          <Dialog.Close className="tool-button share-dialog-close">{t('close')}</Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
