/*
 * The search's keyboard shortcuts, shared by the header's search (search-dialog.client.tsx) and
 * the after-paint script that keeps them while the page's scripts load (lib/first-paint/).
 */

/** Keys typed into a field belong to the field: `/` there is a character, not a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null;
}

/** `/` outside a field, or Ctrl/⌘ K anywhere: open the search. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  const { key, ctrlKey, metaKey, altKey, shiftKey, target } = event;
  const slash = key === '/' && !ctrlKey && !metaKey && !altKey && !isTyping(target);
  const k = key.toLowerCase() === 'k' && (ctrlKey || metaKey) && !altKey && !shiftKey;
  return slash || k;
}
