import { useState, useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * True while rendering on the server and while hydrating what the server sent; false for an
 * instance the browser mounts itself (a client navigation, or React rendering a part again).
 * What a component sends only in the server's HTML (never in the RSC payload) is rendered as
 * '' while hydrating, and React keeps the server's markup.
 */
export function useFromServer(): boolean {
  const hydrating = useSyncExternalStore(
    subscribe,
    () => false,
    () => true,
  );
  const [fromServer] = useState(hydrating);
  return fromServer;
}
