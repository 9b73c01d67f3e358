/*
 * A page opened at a fragment (#s2, #art-18) keeps its target where the browser put it while the
 * page settles. Browsers hold the target in view until the `load` event; here `load` comes before
 * the scripts, and after it the page still changes height above the target (islands hydrating,
 * pinyin or Traditional characters applied, passages taking their real size), which scroll
 * anchoring does not always absorb. So on a page opened at its fragment (not reloaded, not
 * returned to), until the reader scrolls, clicks, types or follows another fragment, each change
 * of the page's size puts the target back at the top (scrollIntoView keeps the header's
 * scroll-padding), for `keepForMs` at most.
 */

const keepForMs = 10_000;
const readerMoves = ['wheel', 'touchstart', 'pointerdown', 'keydown', 'click', 'hashchange'] as const;

function fragmentTarget(): HTMLElement | null {
  try {
    const id = decodeURIComponent(location.hash.slice(1));
    return id ? document.getElementById(id) : null;
  } catch {
    // A fragment that is not valid percent-encoding (a damaged link) names nothing.
    return null;
  }
}

export function keepFragmentTarget(): void {
  // A reload or a return through history puts the reader back where they had scrolled to, which
  // is not the fragment's target any more.
  const navigation = performance.getEntriesByType?.('navigation')[0];
  if (navigation instanceof PerformanceNavigationTiming && (navigation.type === 'reload' || navigation.type === 'back_forward')) return;
  const target = fragmentTarget();
  if (!target || !('ResizeObserver' in window)) return;
  let last = document.documentElement.scrollHeight;
  const observer = new ResizeObserver(() => {
    const height = document.documentElement.scrollHeight;
    if (height !== last) target.scrollIntoView({ block: 'start' });
    last = height;
  });
  const stop = () => {
    observer.disconnect();
    for (const move of readerMoves) removeEventListener(move, stop, true);
  };
  for (const move of readerMoves) addEventListener(move, stop, { capture: true, passive: true });
  observer.observe(document.body);
  setTimeout(stop, keepForMs);
}
