/* Utility class lists that more than one of the share feature's components use. */

/** A notice on the page: a card with the accent down its left edge (the caller sets its layout). */
export const noticeBox =
  'gap-x-4 gap-y-2 rounded-lg border border-l-4 border-line border-l-accent bg-surface px-[0.8rem] py-[0.6rem] text-15';

/** The citation and the highlights dialogs: their backdrop, the dialog, its title and description. */
export const overlay = 'fixed inset-0 z-80 bg-[rgb(0_0_0/0.4)]';
export const dialog =
  'fixed top-1/2 left-1/2 z-81 grid max-h-[calc(100dvh-2rem)] w-[min(42rem,calc(100vw-1rem))] -translate-1/2 gap-3 overflow-auto rounded-xl border border-line bg-surface px-5 pt-4 pb-5 text-ink shadow-[0_16px_48px_rgb(0_0_0/0.3)]';
export const dialogTitle = 'text-xl leading-[1.3] font-bold';
export const dialogDescription = 'text-15 text-muted';

/** A note being written (in the toolbar and in the highlights panel), and its buttons. */
export const noteInput = 'min-h-18 w-full rounded-[0.4rem] border border-muted bg-bg px-2 py-[0.4rem] text-ink';
export const noteActions = 'flex flex-wrap gap-[0.4rem]';
