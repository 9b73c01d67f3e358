'use client';

import { useEffect } from 'react';
import { liveEvent } from '@/lib/first-paint/events';

/**
 * Last in <body>: its effect runs after every island's in the same hydration, so the event it
 * sends says the page's listeners are attached. The after-paint script (lib/first-paint/) then
 * replays what the reader did while the scripts were loading.
 */
export function PageLive() {
  useEffect(() => {
    const timer = setTimeout(() => window.dispatchEvent(new Event(liveEvent)), 0);
    return () => clearTimeout(timer);
  }, []);
  return null;
}
