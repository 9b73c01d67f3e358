'use client';

import type { Messages } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { fill, type Strings } from '@/i18n/strings';
import { readFromEvent } from '@/lib/read-aloud/events';
import type { Player, PlayerState } from '@/lib/read-aloud/player';

type Reader = Messages['Reader'];

export type ReadAloudStrings = Strings<
  Reader,
  'readAloud' | 'readAloudGroup' | 'readAloudPrevious' | 'readAloudPause' | 'readAloudResume' | 'readAloudNext' | 'readAloudFailed'
> & { notices: Strings<Reader['readAloudNotice'], keyof Reader['readAloudNotice']> };

type Props = { strings: ReadAloudStrings };

/**
 * "Read aloud" in the reader toolbar, and while reading: pause or resume, previous and next
 * sentence, stop. The speech code loads on the first press, so the page's first load stays flat.
 */
export function ReadAloud({ strings }: Props) {
  const [state, setState] = useState<PlayerState>({ status: 'idle', notice: null });
  const player = useRef<Player | null>(null);

  const load = async (): Promise<Player> => {
    if (player.current) return player.current;
    const { createPlayer } = await import('@/lib/read-aloud/player');
    player.current = createPlayer(setState);
    return player.current;
  };

  useEffect(() => {
    const onReadFrom = (event: Event) => {
      const key = event instanceof CustomEvent && typeof event.detail === 'string' ? event.detail : null;
      void load().then((p) => p.start(key));
    };
    document.addEventListener(readFromEvent, onReadFrom);
    return () => {
      document.removeEventListener(readFromEvent, onReadFrom);
      player.current?.stop();
    };
  }, []);

  const active = state.status !== 'idle';
  const notice =
    state.notice === 'failed'
      ? fill(strings.readAloudFailed, { error: state.error ?? '' })
      : state.notice
        ? strings.notices[state.notice]
        : '';

  return (
    <div className="read-aloud flex flex-wrap items-center gap-2" role="group" aria-label={strings.readAloudGroup}>
      <button
        type="button"
        className="tool-button"
        aria-pressed={active}
        onClick={() => void load().then((p) => (active ? p.stop() : p.start(null)))}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
          <path fill="currentColor" d="M4 9v6h4l5 4V5L8 9H4Z" />
          <path
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            d="M16 9a4 4 0 0 1 0 6M18.5 6.5a7.5 7.5 0 0 1 0 11"
          />
        </svg>
        {strings.readAloud}
      </button>
      {active ? (
        <>
          <button type="button" className="tool-button" onClick={() => player.current?.previous()}>
            {strings.readAloudPrevious}
          </button>
          {state.status === 'paused' ? (
            <button type="button" className="tool-button" onClick={() => player.current?.resume()}>
              {strings.readAloudResume}
            </button>
          ) : (
            <button type="button" className="tool-button" onClick={() => player.current?.pause()}>
              {strings.readAloudPause}
            </button>
          )}
          <button type="button" className="tool-button" onClick={() => player.current?.next()}>
            {strings.readAloudNext}
          </button>
        </>
      ) : null}
      <p role="status" className="text-13 text-muted empty:hidden">
        {notice}
      </p>
    </div>
  );
}
