// The contracts between the always-loaded share leaves (segment menus, controller) and the tools
// they load on intent (share-app and its dialogs). Both sides import them from here.

import type { Lang } from '@/lib/content/model';

export type ShareAction = 'highlight' | 'note' | 'link' | 'share' | 'cite';

export type MenuTarget =
  | { kind: 'segment'; segmentId: string }
  /** sentence is 0-based; lang null lets the tools pick the language the reader sees. */
  | { kind: 'sentence'; segmentId: string; sentence: number; lang: Lang | null };

export type ShareIntent =
  /** Text was selected in the reading text. */
  | { type: 'select'; range: Range }
  /** A menu item that acts at once (or, for "note" and "cite", opens its own UI). */
  | { type: 'action'; action: ShareAction; target: MenuTarget; origin: HTMLElement | null }
  /** Open the toolbar for a sentence or segment and move focus into it. */
  | { type: 'toolbar'; target: MenuTarget; origin: HTMLElement | null }
  | { type: 'panel'; origin: HTMLElement | null };

/** An intent waiting for the tools to load; `id` lets the tools say which ones they handled. */
export type QueuedIntent = { id: number; intent: ShareIntent };

/** Shows and announces a short confirmation in the page's polite live region. */
export type Announce = (text: string) => void;
