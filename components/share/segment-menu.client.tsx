'use client';

import { useTranslations } from 'next-intl';
import { lazy, Suspense, useState } from 'react';
import { MenuButton } from '@/components/site/menu-button.client';
import { MenuDots } from './menu-dots';

/*
 * One menu button per segment (one Tab stop each). Until first used it is a plain button; the
 * Radix menu (segment-dropdown.client.tsx) loads on hover or focus and mounts on the first
 * activation, so no menu code is on the page's first load. The menu offers the five actions for
 * the whole passage and, below them, each sentence: choosing one opens the passage toolbar for it.
 */

const loadDropdown = () => import('./segment-dropdown.client');
const SegmentDropdown = lazy(() => loadDropdown().then((module) => ({ default: module.SegmentDropdown })));

type Props = { segmentId: string };

export function SegmentMenu({ segmentId }: Props) {
  const t = useTranslations('Share.menu');
  const [opened, setOpened] = useState<{ byKeyboard: boolean } | null>(null);

  const plain = (
    <MenuButton
      className="share-menu-button js-only"
      label={t('trigger')}
      onWarm={() => void loadDropdown().catch(() => undefined)}
      onOpen={(byKeyboard) => setOpened({ byKeyboard })}
    >
      <MenuDots />
    </MenuButton>
  );
  if (!opened) return plain;
  return (
    <Suspense fallback={plain}>
      <SegmentDropdown segmentId={segmentId} byKeyboard={opened.byKeyboard} />
    </Suspense>
  );
}
