import { useEffect, useState } from 'react';

/*
 * Islands the first screen does not need (word cards, term cards, passage menus) load on the
 * reader's first intent instead of with the page. Until then a listener this small watches the
 * document for the events the island answers; the first one that calls for it loads the island's
 * code. Every event of those types from then until the island listens is kept and handed to it in
 * order, so the first hover, tap or key press is answered as if the island had been there.
 */

/** An island's document listeners, by event type. */
export type Listeners = Readonly<Record<string, (event: Event) => void>>;

/** Called by the island once its listeners are on: hands them the events it missed, in order. */
export type Replay = (listeners: Listeners) => void;

export type Intent = {
  /** The event types the island listens for on the document. */
  events: readonly string[];
  /**
   * Whether this event calls for the island. Called on every event of `events` until the island
   * listens, so it must also cancel what the island would cancel (a term link's navigation, a
   * key's scrolling): the island sees the event only after the fact.
   */
  wakes: (event: Event) => boolean;
};

/** Puts each listener on `target`; the returned function takes them off. */
export function listen(target: EventTarget, listeners: Listeners): () => void {
  const entries = Object.entries(listeners);
  for (const [type, listener] of entries) target.addEventListener(type, listener);
  return () => {
    for (const [type, listener] of entries) target.removeEventListener(type, listener);
  };
}

/**
 * Null until `intent` wakes the island, then what `load` resolved to (its component) and the
 * replay to call once it listens. `intent` and `load` must be module constants. A failed load
 * (offline, a new deployment) is forgotten, so the next intent tries again.
 */
export function useWakeOnIntent<T>(intent: Intent, load: () => Promise<T>): { loaded: T; replay: Replay } | null {
  const [woken, setWoken] = useState<{ loaded: T; replay: Replay } | null>(null);

  useEffect(() => {
    let queue: Event[] | null = null;
    const stop = () => {
      for (const type of intent.events) document.removeEventListener(type, onEvent);
    };
    const replay: Replay = (listeners) => {
      stop();
      const missed = queue ?? [];
      queue = [];
      for (const event of missed) listeners[event.type]?.(event);
    };
    function onEvent(event: Event) {
      const wanted = intent.wakes(event);
      if (queue) {
        queue.push(event);
        return;
      }
      if (!wanted) return;
      queue = [event];
      load().then(
        (loaded) => setWoken({ loaded, replay }),
        () => {
          queue = null;
        },
      );
    }
    for (const type of intent.events) document.addEventListener(type, onEvent);
    return stop;
  }, [intent, load]);

  return woken;
}
