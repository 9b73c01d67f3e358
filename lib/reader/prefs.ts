// Reader preferences live on <html> as data attributes so CSS alone applies them, before paint.

export const viewModes = ['side', 'interleaved', 'zh', 'en'] as const;
export type ViewMode = (typeof viewModes)[number];
export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];
export const textSizes = [1, 2, 3, 4, 5] as const;
export const defaultTextSize = 3;

export const storageKeys = {
  view: 'duizhao:view',
  pinyin: 'duizhao:pinyin',
  tones: 'duizhao:tones',
  script: 'duizhao:script',
  theme: 'duizhao:theme',
  size: 'duizhao:size',
} as const;

/** What the prefs script may set on <html> before first paint, so that CSS alone applies it. */
export const prefAttributes = ['data-view', 'data-pinyin', 'data-script', 'data-tones', 'data-theme', 'data-size', 'data-js'] as const;

export function isViewMode(value: unknown): value is ViewMode {
  return viewModes.some((mode) => mode === value);
}

// One query list for the page: each matchMedia() call is parsed and evaluated anew, and the
// toolbar's stores read it on every render. Browser only, like shownView.
let wideQuery: MediaQueryList | null = null;
export const wideScreen = (): MediaQueryList => (wideQuery ??= window.matchMedia('(min-width: 64rem)'));

/** The view on screen: the chosen one, else what the CSS shows at this width (side by side when wide). */
export function shownView(): ViewMode {
  const chosen = document.documentElement.getAttribute('data-view');
  return isViewMode(chosen) ? chosen : wideScreen().matches ? 'side' : 'interleaved';
}

/**
 * Runs inline in <head> before first paint. A `?view=`, `?pinyin=` or `?script=` in the URL wins for this
 * visit (so a shared link opens the same way) without overwriting the reader's remembered choice.
 */
export const prefsScript = `(function(){try{var d=document.documentElement,s=localStorage,q=new URLSearchParams(location.search),k=${JSON.stringify(storageKeys)};
var v=q.get('view');if(!/^(side|interleaved|zh|en)$/.test(v||''))v=s.getItem(k.view);if(/^(side|interleaved|zh|en)$/.test(v||''))d.setAttribute('data-view',v);
var p=q.get('pinyin');if(p!=='1'&&p!=='0')p=s.getItem(k.pinyin);if(p==='1')d.setAttribute('data-pinyin','on');
var c=q.get('script');if(c===null)c=s.getItem(k.script);if(c==='hant')d.setAttribute('data-script','hant');
if(s.getItem(k.tones)==='1')d.setAttribute('data-tones','on');
var t=s.getItem(k.theme);if(t==='light'||t==='dark')d.setAttribute('data-theme',t);
var z=s.getItem(k.size);if(/^[1-5]$/.test(z||''))d.setAttribute('data-size',z);
}catch(e){}document.documentElement.setAttribute('data-js','');})();`;
