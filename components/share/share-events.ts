import type { Lang } from '@/lib/content/model';

/*
 * The always-loaded share leaves (segment menus, the controller) talk to the lazily loaded share
 * tools through one window event, so a menu is a few lines and the tools load only on intent.
 */

export const SHARE_EVENT = 'duizhao:share';

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

export function requestShare(intent: ShareIntent): void {
  window.dispatchEvent(new CustomEvent<ShareIntent>(SHARE_EVENT, { detail: intent }));
}
