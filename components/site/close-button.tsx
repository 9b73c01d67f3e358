/** The ✕ of a card or panel (term cards, word cards): the caller's close control wraps it. */
export const closeButtonClass = 'inline-flex size-8 flex-none items-center justify-center rounded-[0.4rem] border border-line text-ink';

export function CloseIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16">
      <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}
