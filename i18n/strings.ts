/*
 * Strings for an island on a page's first load, which gets them as plain props from its server
 * parent (translated there with next-intl's server API) instead of loading next-intl's client
 * runtime: see i18n/client-messages.tsx for the rule.
 */

/** Some strings of a namespace, keyed as in its messages: `Strings<Messages['Reader'], 'pinyin' | 'view'>`. */
export type Strings<Namespace, Key extends keyof Namespace> = Readonly<Record<Key, string>>;

/**
 * A string with values only the browser knows: the server translates it with each value left as
 * its own placeholder (`t('failed', { error: '{error}' })`), and the island fills them in.
 */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}
