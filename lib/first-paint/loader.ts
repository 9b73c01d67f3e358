/*
 * The inline script at the end of every page's <body> that starts, after the first paint, what
 * the first paint must not wait for or share the network with: the full site stylesheet, the web
 * app manifest and the page's scripts; then, once the scripts have run, `then` (the service
 * worker's registration). Everything it names is our own build output, read from the page's HTML
 * at build time (scripts/build-first-paint.ts), never from a URL, storage or a query.
 *
 * "After the first paint": the script sits at the end of <body>, so the frame after it holds the
 * whole parsed document; it waits for that frame to be painted (a task queued from its
 * requestAnimationFrame callback) and for the browser to report the first contentful paint,
 * which comes when the frame is on screen (its presentation, often later than the paint on a
 * busy device). A browser without paint timing waits for the frame alone. A page opened in the
 * background has no frame to wait for, so it starts at once.
 */

export type Deferred = {
  /** The full site stylesheet, for a page that inlines only the rules its own HTML needs. */
  stylesheet: string | null;
  /** The web app manifest, if the page links one. */
  manifest: string | null;
  /** The page's scripts, in the order the HTML named them. */
  scripts: readonly string[];
  /** The source of a function expression to call once every script has loaded or failed. */
  then: string;
};

export function afterPaintScript({ stylesheet, manifest, scripts, then }: Deferred): string {
  const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
  return [
    '(function(){var d=document,h=d.head,s=',
    json(scripts),
    ',n=s.length,on=0;',
    'function add(t,a){var e=d.createElement(t);for(var k in a)e.setAttribute(k,a[k]);h.appendChild(e);return e}',
    `function done(){if(--n===0)(${then})()}`,
    'function start(){if(on)return;on=1;',
    stylesheet === null ? '' : `add('link',{rel:'stylesheet',href:${json(stylesheet)}});`,
    manifest === null ? '' : `add('link',{rel:'manifest',href:${json(manifest)}});`,
    "for(var i=0;i<s.length;i++){var e=add('script',{src:s[i],async:''});e.onload=e.onerror=done}",
    `if(!s.length)(${then})()}`,
    'function ready(){if(--w===0)setTimeout(start,0)}',
    "if(d.visibilityState!=='visible')return start();",
    'var w=2,P=window.PerformanceObserver;',
    'requestAnimationFrame(function(){setTimeout(ready,0)});',
    "if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf('paint')>=0){var o=new P(function(l){if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();ready()}});o.observe({type:'paint',buffered:true})}else ready()})();",
  ].join('');
}
