import { registerServiceWorker, type Worker } from '@/lib/offline/register';
import { selectors } from '@/lib/reader-dom/contract';
import { cardTerm, keepsLink } from '@/lib/reader-dom/term-press';
import { isSearchShortcut, isTyping } from '@/lib/search/shortcut';
import { liveEvent } from './events';
import { keepFragmentTarget } from './keep-target';

/*
 * The inline script at the end of every page's <body> (bundled into it at build time by
 * inline.ts, with the page's own configuration) that starts, after the first paint, what the
 * first paint must not wait for or share the network with: the rest of the site stylesheet, the web
 * app manifest and the page's scripts. Everything it names is our own build output, read from
 * the page's HTML at build time, never from a URL, storage or a query.
 *
 * "After the first paint": the script sits at the end of <body>, so the frame after it holds the
 * whole parsed document. It waits for that frame to be painted (a task queued from its
 * requestAnimationFrame callback) and for the browser to report the first contentful paint,
 * which comes when the frame is on screen (its presentation, often later than the paint on a
 * busy device). A browser without paint timing waits for the frame alone. A page opened in the
 * background has no frame to wait for, so it starts at once.
 *
 * Until the page is live (its islands hydrated, their listeners attached: liveEvent), what the
 * reader does is kept and done again then, as Google's JSAction "early event contract" does, so
 * the tap on Search made while the scripts load is not lost:
 * - a click on a control the scripts drive and nothing listens to yet (a button, a glossary term)
 *   is held, its default action stopped (a term would navigate), and the control is clicked again
 *   once live; a radio or checkbox changes at once and is clicked again then from the state the
 *   page rendered; controls React has hydrated, links and <details> work alone;
 * - a key pressed outside a text field (a shortcut such as / or Escape, Enter or Space on a
 *   sentence) is dispatched again on its target, the search shortcuts and a sentence's Space
 *   without the browser's own action; Tab, and Enter or Space on a control or link, are left to
 *   the browser (they move focus, or click); a modified click (a new tab) is never held;
 * - a text field typed into or a list chosen from is announced to the page with the reader's value
 *   (announceField);
 * - where the pointer rests and what has focus are announced again (pointerover and pointermove
 *   at the same point, focusin), for the hover and focus cards.
 * A page that cannot start (a script failed, or it is not live `liveWithinMs` after its scripts
 * loaded) lets the held clicks do what the browser would have done, so a term still opens its page.
 * Once live, the service worker is registered. A page opened at a fragment keeps its target in
 * view while it settles (keep-target.ts).
 */

export type AfterPaint = {
  /**
   * The page's own parts of the stylesheet that follows the first paint (page-late-css.ts), in
   * cascade order, for a page that inlines only the rules its own HTML needs; none for a page that
   * does not.
   */
  stylesheets: readonly string[];
  /**
   * The site's parts, whole (late-css.ts), for when one of the page's own fails to load: a page
   * kept offline without it, or a page from an earlier build whose file is gone. Appended after
   * what did load, they hold every rule in the order of the whole, so the cascade stays right.
   */
  fallbackStylesheets: readonly string[];
  /** The web app manifest, if the page links one. */
  manifest: string | null;
  /** The page's scripts, in the order the HTML named them. */
  scripts: readonly string[];
  worker: Worker;
};

const liveWithinMs = 10_000;
// A document's title among the terms stays a link once live: never held.
const held = `button,[role=button],${cardTerm}`;
// Enter and Space on these do what the browser does with them; on the text (a sentence is a tab
// stop) the live page answers them itself.
const activatedByBrowser = 'button,a[href],input,select,textarea,summary,[contenteditable]';
const kinds = ['click', 'keydown', 'pointermove', 'pointerover', 'pointerout', 'input', 'change'] as const;

/** Whether React has hydrated the element: it then has its own listeners, and replays what it missed. */
const hydrated = (element: Element) => Object.keys(element).some((key) => key.startsWith('__reactProps$'));

/** A radio or checkbox: changed by a click at once, and clicked again once live (clickAgain). */
const checkable = (element: Element): element is HTMLInputElement =>
  element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox');

/** The click again, where and with what it was made: the text's listeners read the point and the pointer type. */
function clickAt(target: Element, click: MouseEvent) {
  if (!target.isConnected) return;
  const { clientX, clientY } = click;
  const init = { bubbles: true, cancelable: true, clientX, clientY };
  target.dispatchEvent(
    click instanceof PointerEvent
      ? new PointerEvent('click', { ...init, pointerType: click.pointerType, isPrimary: true })
      : new MouseEvent('click', init),
  );
}

/**
 * A text field or a list typed into or chosen from before its island was there, told to the page:
 * React reads a field's value when it hydrates and then hears only of changes from that value, so
 * the field is set back to it (through the property React watches) and to the reader's value (past
 * it), then announced.
 */
function announceField(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement) {
  if (!field.isConnected) return;
  if (field instanceof HTMLSelectElement) {
    field.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  const typed = field.value;
  field.value = field.defaultValue;
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set?.call(field, typed);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The radio or checkbox back as the page rendered it, then clicked again: the page's handler sees the change. */
function clickAgain(input: HTMLInputElement) {
  if (!input.isConnected) return;
  if (input.type === 'checkbox') input.checked = !input.checked;
  else {
    // Through the property first: React tracks `checked` there, and restoring the rendered radio
    // unchecks this one natively, behind its back, so the click again would look like no change.
    input.checked = false;
    const rendered = [...document.getElementsByName(input.name)].find((radio) => radio instanceof HTMLInputElement && radio.defaultChecked);
    if (rendered instanceof HTMLInputElement) rendered.checked = true;
  }
  input.click();
}

export function afterPaint({ stylesheets, fallbackStylesheets, manifest, scripts, worker }: AfterPaint): void {
  keepFragmentTarget();
  const queue: (() => void)[] = [];
  const fields = new Set<Element>();
  let live = false;
  let pointer: PointerEvent | null = null;

  const early = (event: Event) => {
    const target = event.target;
    // Not `instanceof PointerEvent`: a click is one too.
    if (event.type.startsWith('pointer') && event instanceof PointerEvent) {
      if (event.type !== 'pointerout') pointer = event;
      else if (!event.relatedTarget) pointer = null;
      return;
    }
    if (!(target instanceof Element)) return;
    if (event.type === 'input' || event.type === 'change') {
      const field = target;
      const isField = field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement || field instanceof HTMLSelectElement;
      // Radios and checkboxes are clicked again (clickAgain); a field typed into twice is told once.
      if (!isField || hydrated(field) || checkable(field)) return;
      if (!fields.has(field)) queue.push(() => announceField(field));
      fields.add(field);
      return;
    }
    if (event.type === 'click') {
      // A radio or checkbox changes at once, as a reader (or a test's check()) expects; once live
      // the page is told. A click on its label reaches it as a click of its own.
      if (checkable(target)) {
        if (!hydrated(target)) queue.push(() => clickAgain(target));
        return;
      }
      const control = target.closest(held);
      if (!control) {
        // A tap on the text itself (a word's card, a sentence's pin) is done again at the same point.
        if (event instanceof MouseEvent && target.closest(selectors.sentence) && !target.closest('a[href]'))
          queue.push(() => clickAt(target, event));
        return;
      }
      if (hydrated(control) || (control instanceof HTMLButtonElement && control.disabled)) return;
      // A modified click on a term (a new tab, a new window) stays the link's, as it does once live.
      if (control.matches('a[href]') && event instanceof MouseEvent && keepsLink(event)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      queue.push(() => {
        if (control.isConnected && control instanceof HTMLElement) control.click();
      });
      return;
    }
    if (!(event instanceof KeyboardEvent) || event.key === 'Tab' || isTyping(target)) return;
    if ((event.key === 'Enter' || event.key === ' ') && target.closest(activatedByBrowser)) return;
    // What the live page will do with the key, not also what the browser does (scroll, find).
    if (isSearchShortcut(event) || (event.key === ' ' && target.closest(selectors.sentence))) event.preventDefault();
    const { key, code, ctrlKey, metaKey, shiftKey, altKey } = event;
    queue.push(() =>
      (target.isConnected ? target : document.body).dispatchEvent(
        new KeyboardEvent('keydown', { key, code, ctrlKey, metaKey, shiftKey, altKey, bubbles: true, cancelable: true }),
      ),
    );
  };
  for (const kind of kinds) document.addEventListener(kind, early, true);

  const replay = () => {
    if (live) return;
    live = true;
    for (const kind of kinds) document.removeEventListener(kind, early, true);
    // From the next task: the live event comes from inside React's effects, and what is done
    // again should reach a page that has finished starting.
    setTimeout(redo, 0);
  };
  const redo = () => {
    const at = pointer && document.elementFromPoint(pointer.clientX, pointer.clientY);
    if (pointer && at) {
      const { clientX, clientY, pointerType } = pointer;
      for (const kind of ['pointerover', 'pointermove'])
        at.dispatchEvent(new PointerEvent(kind, { bubbles: true, clientX, clientY, pointerType, isPrimary: true }));
    }
    // Focus last: a pointer resting outside the text would otherwise clear the highlight that the
    // focused sentence asks for, and a reader who tabbed there meant it.
    const focused = document.activeElement;
    if (focused && focused !== document.body) focused.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    // One task each: the page's state (read from the DOM by its stores) settles between two
    // replayed taps, so three taps on A+ make the text three steps larger, not one.
    const next = () => {
      const action = queue.shift();
      if (!action) return;
      action();
      setTimeout(next, 0);
    };
    next();
  };
  addEventListener(
    liveEvent,
    () => {
      replay();
      setTimeout(() => registerServiceWorker(worker), 0);
    },
    { once: true },
  );

  const add = (tag: string, attributes: Record<string, string>) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    document.head.appendChild(element);
    return element;
  };
  let pending = scripts.length;
  let failed = false;
  const loaded = (event: Event) => {
    if (event.type === 'error') failed = true;
    if (--pending === 0) {
      if (failed) replay();
      else setTimeout(replay, liveWithinMs);
    }
  };
  // Each part once the one before has loaded: appended last, it keeps the cascade's order, and
  // its parsing and the restyle it brings are a task of their own.
  const addStylesheets = (hrefs: readonly string[], index: number, onError: (index: number) => void) => {
    const href = hrefs[index];
    if (href === undefined) return;
    const link = add('link', { rel: 'stylesheet', href });
    link.addEventListener('load', () => addStylesheets(hrefs, index + 1, onError), { once: true });
    link.addEventListener('error', () => onError(index), { once: true });
  };
  // A shared part that fails too is passed over, as the page's own were before it.
  const fallBack = (index: number): void => addStylesheets(fallbackStylesheets, index, (failedAt) => fallBack(failedAt + 1));
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    addStylesheets(stylesheets, 0, () => fallBack(0));
    if (manifest !== null) add('link', { rel: 'manifest', href: manifest });
    for (const src of scripts) {
      const script = add('script', { src, async: '' });
      script.addEventListener('load', loaded);
      script.addEventListener('error', loaded);
    }
  };

  if (document.visibilityState !== 'visible') return start();
  let waiting = 2;
  const ready = () => {
    if (--waiting === 0) setTimeout(start, 0);
  };
  requestAnimationFrame(() => setTimeout(ready, 0));
  if ('PerformanceObserver' in window && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      ready();
    });
    observer.observe({ type: 'paint', buffered: true });
  } else ready();
}
