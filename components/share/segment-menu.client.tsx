'use client';

import { createContext, lazy, Suspense, useContext, useState, type ReactNode } from 'react';
import { MenuButton } from '@/components/site/menu-button.client';
import type { ShareAction } from './share-events';

/*
 * One menu button per segment (one Tab stop each). Until first used it is a plain button; the
 * Radix menu (share-segment-dropdown.client.tsx) loads on hover or focus and mounts on the
 * first activation, so no menu code is on the page's first load. The menu offers the five actions for the whole
 * passage and, below them, each sentence: choosing one opens the passage toolbar for it. The
 * labels come through context so the server renders only the segment id per menu.
 */

export type SegmentMenuLabels = {
  locale: 'en' | 'zh';
  trigger: string;
  label: string;
  sentences: string;
  /** "Sentence {n}" */
  sentence: string;
  actions: Record<ShareAction, string>;
};

const LabelsContext = createContext<SegmentMenuLabels | null>(null);

type ProviderProps = { labels: SegmentMenuLabels; children: ReactNode };

export function ShareLabelsProvider({ labels, children }: ProviderProps) {
  return <LabelsContext.Provider value={labels}>{children}</LabelsContext.Provider>;
}

const loadDropdown = () => import('./segment-dropdown.client');
const SegmentDropdown = lazy(() => loadDropdown().then((module) => ({ default: module.SegmentDropdown })));

const dots = (
  <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
    <circle cx="5" cy="12" r="2" fill="currentColor" />
    <circle cx="12" cy="12" r="2" fill="currentColor" />
    <circle cx="19" cy="12" r="2" fill="currentColor" />
  </svg>
);

type Props = { segmentId: string };

export function SegmentMenu({ segmentId }: Props) {
  const labels = useContext(LabelsContext);
  const [opened, setOpened] = useState<{ byKeyboard: boolean } | null>(null);
  if (!labels) return null;

  const warm = () => {
    loadDropdown().catch(() => undefined);
  };
  const plain = (
    <MenuButton
      className="share-menu-button js-only"
      label={labels.trigger}
      onWarm={warm}
      onOpen={(byKeyboard) => setOpened({ byKeyboard })}
    >
      {dots}
    </MenuButton>
  );
  if (!opened) return plain;
  return (
    <Suspense fallback={plain}>
      <SegmentDropdown segmentId={segmentId} labels={labels} byKeyboard={opened.byKeyboard} />
    </Suspense>
  );
}
