'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { NOTE_MAX_LENGTH } from '@/lib/share/constants';
import type { Target } from '@/lib/share/targets';
import type { Place } from './place';
import { noteActions, noteInput } from './styles';

/*
 * The small toolbar beside a selection (or a sentence or segment chosen from its menu). It floats
 * in the document below the passage; it never moves focus unless opened from the keyboard, so a
 * mouse reader can keep selecting. Escape closes it and returns focus to where it came from.
 */

type Props = {
  /** Changes whenever the toolbar is opened for a new target (resets position and focus). */
  openKey: number;
  target: Target;
  place: Place;
  autoFocus: boolean;
  noteOpen: boolean;
  highlighted: boolean;
  note: string;
  fallback: string | null;
  onHighlight: () => void;
  onSaveNote: (note: string) => boolean;
  onCopyLink: () => void;
  onShare: () => void;
  onCite: (button: HTMLElement) => void;
  onClose: (returnFocus: boolean) => void;
};

const GAP = 8;

/** One of the toolbar's buttons; pressed (highlighted) or expanded (the note form), it is marked. */
const tool =
  'inline-flex min-h-9 min-w-9 cursor-pointer items-center justify-center rounded-[0.4rem] border border-transparent px-[0.6rem] hover:border-line hover:bg-en-tint aria-expanded:bg-hl-strong aria-expanded:text-ink aria-pressed:bg-hl-strong aria-pressed:text-ink';

export function ShareToolbar(props: Props) {
  const { openKey, target, place, autoFocus, noteOpen, highlighted, note, fallback } = props;
  const t = useTranslations('Share');
  const root = useRef<HTMLDivElement>(null);
  const buttons = useRef<HTMLDivElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const noteButton = useRef<HTMLButtonElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const [editing, setEditing] = useState(noteOpen);
  const [draft, setDraft] = useState(note);
  const noteId = useId();
  const hintId = useId();
  // The document listeners below are attached once and call the latest handlers.
  const handlers = useRef(props);
  useEffect(() => {
    handlers.current = props;
  });

  // A new target resets the form; a saved note must not reset it mid-edit.
  const [openedFor, setOpenedFor] = useState(openKey);
  if (openedFor !== openKey) {
    setOpenedFor(openKey);
    setEditing(noteOpen);
    setDraft(note);
  }
  const label =
    target.kind === 'range'
      ? t('toolbar.label')
      : target.kind === 'sentence'
        ? t('toolbar.labelSentence', { n: target.sentence + 1 })
        : t('toolbar.labelSegment');

  useLayoutEffect(() => {
    const update = () => {
      const rect = place();
      const element = root.current;
      if (!rect || !element) return;
      const width = element.offsetWidth;
      const viewport = document.documentElement.clientWidth;
      const centre = rect.left + rect.width / 2 - width / 2;
      const left = Math.max(GAP, Math.min(centre, viewport - width - GAP)) + window.scrollX;
      setPosition({ top: rect.bottom + window.scrollY + GAP, left });
    };
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [place, openKey, editing, fallback]);

  useEffect(() => {
    if (!autoFocus) return;
    const frame = requestAnimationFrame(() => {
      if (noteOpen) textarea.current?.focus();
      else buttons.current?.querySelector<HTMLButtonElement>('button')?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [openKey, autoFocus, noteOpen]);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('[data-share-ui]')) return;
      handlers.current.onClose(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const active = document.activeElement;
      // Dialogs and menus handle their own Escape.
      if (active instanceof Element && active.closest('[role="dialog"], [role="menu"]')) return;
      handlers.current.onClose(root.current?.contains(active) ?? false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);

  useEffect(() => {
    if (editing) textarea.current?.focus();
  }, [editing]);

  /** Closes the note form; focus goes back to the button that opened it, not to the page. */
  const closeForm = () => {
    const hadFocus = root.current?.contains(document.activeElement) ?? false;
    setEditing(false);
    if (hadFocus) requestAnimationFrame(() => noteButton.current?.focus());
  };

  /** Arrow keys move between the toolbar's buttons (Tab still works too). */
  const onToolbarKey = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    const list = [...(buttons.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const index = list.indexOf(document.activeElement as HTMLButtonElement);
    if (index === -1) return;
    let next = -1;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (index + 1) % list.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (index - 1 + list.length) % list.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = list.length - 1;
    if (next === -1) return;
    event.preventDefault();
    list[next]?.focus();
  };

  const save = () => {
    if (props.onSaveNote(draft)) closeForm();
  };

  return createPortal(
    <div
      ref={root}
      className="share-toolbar absolute z-55 max-w-[min(34rem,calc(100vw-1rem))] rounded-[0.6rem] border border-line bg-surface p-[0.3rem] text-sm text-ink shadow-[0_8px_24px_rgb(0_0_0/0.18)]"
      data-share-ui=""
      style={position ? { top: position.top, left: position.left } : { visibility: 'hidden', top: 0, left: 0 }}
    >
      <div ref={buttons} role="toolbar" aria-label={label} className="flex flex-wrap gap-[0.15rem]" onKeyDown={onToolbarKey}>
        <button type="button" className={tool} aria-pressed={highlighted} onClick={props.onHighlight}>
          {t('actions.highlight')}
        </button>
        <button
          ref={noteButton}
          type="button"
          className={tool}
          aria-expanded={editing}
          aria-controls={editing ? noteId : undefined}
          onClick={() => (editing ? closeForm() : setEditing(true))}
        >
          {t('actions.addNote')}
        </button>
        <button type="button" className={tool} onClick={props.onCopyLink}>
          {t('actions.copyLink')}
        </button>
        <button type="button" className={tool} onClick={props.onShare}>
          {t('actions.share')}
        </button>
        <button type="button" className={tool} onClick={(event) => props.onCite(event.currentTarget)}>
          {t('actions.copyCitation')}
        </button>
        <button type="button" className={`${tool} ml-auto text-muted`} aria-label={t('toolbar.close')} onClick={() => props.onClose(true)}>
          <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16">
            <path stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" d="M6 6l12 12M18 6 6 18" />
          </svg>
        </button>
      </div>
      {editing && (
        <form
          id={noteId}
          className="grid gap-[0.35rem] px-[0.35rem] pt-2 pb-[0.35rem]"
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <label className="font-semibold" htmlFor={`${noteId}-text`}>
            {t('toolbar.note')}
          </label>
          <textarea
            ref={textarea}
            id={`${noteId}-text`}
            className={noteInput}
            dir="auto"
            rows={3}
            maxLength={NOTE_MAX_LENGTH}
            aria-describedby={hintId}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              // Enter saves; Shift+Enter is a new line; never while an IME is composing (Chinese input).
              if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
                event.preventDefault();
                save();
              } else if (event.key === 'Escape') {
                event.preventDefault();
                closeForm();
              }
            }}
          />
          <p id={hintId} className="text-13 text-muted">
            {t('toolbar.noteHint', { max: NOTE_MAX_LENGTH })}
          </p>
          <div className={noteActions}>
            <button type="submit" className="tool-button">
              {t('toolbar.saveNote')}
            </button>
            <button type="button" className="tool-button" onClick={closeForm}>
              {t('toolbar.cancel')}
            </button>
          </div>
        </form>
      )}
      {!editing && note && (
        <p className="px-[0.45rem] pt-[0.4rem] pb-[0.2rem] whitespace-pre-wrap text-muted" dir="auto">
          {t('toolbar.savedNote', { note })}
        </p>
      )}
      {fallback && (
        <input
          className="mt-[0.35rem] w-full rounded-[0.4rem] border border-muted bg-bg px-2 py-[0.35rem] text-ink"
          readOnly
          value={fallback}
          aria-label={t('toolbar.linkFallback')}
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
    </div>,
    document.body,
  );
}
