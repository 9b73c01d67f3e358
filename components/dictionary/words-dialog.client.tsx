'use client';

import { useTranslations } from 'next-intl';
import { Dialog } from 'radix-ui';
import { dialog, dialogDescription, dialogTitle, overlay } from '@/components/share/styles';
import type { WordsRequest } from '@/lib/dictionary/events';
import { describeWord, segmentWords, sourceOf, type DictionaryFile, type WordInfo } from '@/lib/dictionary/lookup';
import { joinWord } from '@/lib/dictionary/pinyin-marks';
import { findBlock, sentenceElements } from '@/lib/reader-dom/contract';
import { sourceText } from '@/lib/script/dom';
import { WordSenses } from './word-senses';

type Props = { request: WordsRequest; file: DictionaryFile | null; onClose: () => void };

type SentenceWords = { text: string; words: WordInfo[] };

/** The segment's Chinese sentences cut into words (each listed once per sentence), as the cards cut them. */
function wordsOf(segmentId: string, file: DictionaryFile): SentenceWords[] {
  const block = findBlock(segmentId, 'zh');
  const source = sourceOf(file);
  return (block ? sentenceElements(block) : []).map((element) => {
    const text = sourceText(element).trim();
    const seen = new Set<string>();
    const words = segmentWords(source, text)
      .filter((piece) => piece.word && !seen.has(piece.text) && seen.add(piece.text))
      .map((piece) => describeWord(file, piece.text));
    return { text, words };
  });
}

/** "Words in this sentence": every word of a segment's Chinese with pinyin and meaning, for keyboard and screen-reader users. */
export function WordsDialog({ request, file, onClose }: Props) {
  const t = useTranslations('Dictionary');
  const sentences = file ? wordsOf(request.segmentId, file) : [];
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className={overlay} />
        <Dialog.Content
          className={dialog}
          onCloseAutoFocus={(event) => {
            if (request.origin?.isConnected) {
              event.preventDefault();
              request.origin.focus();
            }
          }}
        >
          <Dialog.Title className={dialogTitle}>{t('wordsTitle')}</Dialog.Title>
          <Dialog.Description className={dialogDescription}>{file ? t('wordsDescription') : t('unavailable')}</Dialog.Description>
          {sentences.map((sentence, index) => (
            <section key={index} aria-label={sentences.length > 1 ? t('sentence', { n: index + 1 }) : undefined}>
              {sentences.length > 1 && (
                <h3 className="text-15 font-semibold">
                  {t('sentence', { n: index + 1 })}{' '}
                  <span lang="zh-CN" className="font-normal text-muted">
                    {sentence.text}
                  </span>
                </h3>
              )}
              <dl className="grid gap-2">
                {sentence.words.map((word) => (
                  <div key={word.word} className="border-t border-line pt-1">
                    <dt className="font-reading-zh text-lg font-bold" lang="zh-CN">
                      {word.word}
                    </dt>
                    <dd>
                      {word.term ? (
                        <>
                          <p className="text-muted" lang="zh-Latn">
                            {word.term.pinyin}
                          </p>
                          <p lang="en">{word.term.en}</p>
                        </>
                      ) : word.senses.length > 0 ? (
                        <WordSenses senses={word.senses.slice(0, 2)} maxDefinitions={3} />
                      ) : (
                        <p>
                          <span lang="zh-Latn" className="text-muted">
                            {joinWord(word.pinyin)}
                          </span>{' '}
                          {t('notInDictionary')}
                        </p>
                      )}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
          <Dialog.Close className="tool-button justify-self-end">{t('close')}</Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
