/**
 * Fired on window once the page's islands have hydrated and attached their listeners
 * (components/site/page-live.client.tsx): the after-paint script then replays what the reader
 * did before (lib/first-paint/early-events.ts).
 */
export const liveEvent = 'duizhao:live';
