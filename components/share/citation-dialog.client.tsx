'use client';

import { useTranslations } from 'next-intl';
import { Dialog } from 'radix-ui';
import type { CitationInput } from '@/lib/share/citation';
import { ShareCitation } from './share-citation.client';
import { dialog, dialogDescription, dialogTitle, overlay } from './styles';

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
        <Dialog.Overlay className={overlay} />
        <Dialog.Content
          className={dialog}
          data-share-ui=""
          onCloseAutoFocus={(event) => {
            if (origin?.isConnected) {
              event.preventDefault();
              origin.focus();
            }
          }}
        >
          <Dialog.Title className={dialogTitle}>{t('title')}</Dialog.Title>
          <Dialog.Description className={dialogDescription}>{t(copied ? 'description' : 'notCopied')}</Dialog.Description>
          {citation && <ShareCitation {...citation} />}
          <Dialog.Close className="tool-button justify-self-end">{t('close')}</Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
