import type { ShareIntent } from './types';

/*
 * The always-loaded share leaves (segment menus, the controller) talk to the lazily loaded share
 * tools through one window event, so a menu is a few lines and the tools load only on intent.
 */

export const SHARE_EVENT = 'duizhao:share';

export function requestShare(intent: ShareIntent): void {
  window.dispatchEvent(new CustomEvent<ShareIntent>(SHARE_EVENT, { detail: intent }));
}

export function isShareIntent(event: Event): event is CustomEvent<ShareIntent> {
  return event instanceof CustomEvent && event.type === SHARE_EVENT;
}
