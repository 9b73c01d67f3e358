// One message file per feature and locale (messages/<feature>/<locale>.json): the request config
// merges them, the lazy-messages route serves them one by one.
export const features = ['site', 'library', 'reader', 'glossary', 'search', 'share', 'dictionary'] as const;
export type Feature = (typeof features)[number];
