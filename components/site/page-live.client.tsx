'use client';

import { useEffect } from 'react';
import { liveEvent } from '@/lib/first-paint/events';

/**
 * Last in <body>: its effect runs after every island's in the same hydration, so the event it
 * sends says the page's listeners are attached. Sent at once, in that same task: an event that
 * came after the listeners and before this one would reach them and be replayed as well. The
 * after-paint script (lib/first-paint/) then replays what the reader did while the scripts were
 * loading.
 */
export function PageLive() {
  useEffect(() => {
    window.dispatchEvent(new Event(liveEvent));
  }, []);
  return null;
}
