// Browser only: paints ranges of the reading text with the CSS Custom Highlight API (styled by
// ::highlight(name) in each feature's stylesheet), so the server-rendered DOM is never changed.

type HighlightRegistryLike = { set(name: string, value: unknown): void; delete(name: string): void; has(name: string): boolean };

function registry(): HighlightRegistryLike | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  return typeof Highlight === 'function' && css?.highlights ? css.highlights : null;
}

/** Paints ranges under a highlight name; an empty list clears it. False where unsupported. */
export function paintHighlight(name: string, ranges: readonly Range[], priority = 0): boolean {
  const highlights = registry();
  if (!highlights) return false;
  if (ranges.length === 0) {
    // Deleting repaints the page even when nothing was painted (every page load clears first).
    if (highlights.has(name)) highlights.delete(name);
    return true;
  }
  const highlight = new Highlight(...ranges);
  highlight.priority = priority;
  highlights.set(name, highlight);
  return true;
}
