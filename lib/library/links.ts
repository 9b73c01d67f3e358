// How the library's documents point at each other: a glossary term whose entry is a document's
// title (`document: <slug>`) links every mark of it to that document, at a passage when the mark
// names one (<T id="…" at="art-58">). Pure: the store validates with it, pages render with it.

type Entry = { id: string; document?: string | undefined };
type Segment = { id: string; terms: readonly string[]; refs: readonly { term: string; at: string }[] };
type Doc = { slug: string; segments: readonly Segment[] };

/** Term id → the slug of the document it names (only documents the library holds). */
export type LinkTargets = ReadonlyMap<string, string>;

export function linkTargets(entries: Iterable<Entry>, slugs: Iterable<string>): LinkTargets {
  const held = new Set(slugs);
  const targets = new Map<string, string>();
  for (const entry of entries) if (entry.document && held.has(entry.document)) targets.set(entry.id, entry.document);
  return targets;
}

/** Where a mark of `term` leads: a document and, when the mark names one, a passage of it. */
export function linkOf(targets: LinkTargets, term: string, at?: string | null): { slug: string; segment: string | null } | null {
  const slug = targets.get(term);
  return slug ? { slug, segment: at ?? null } : null;
}

/** One document naming another: the passages of `from` that link to `to`. */
export type Mention = { from: string; to: string; segments: string[] };

/** Every document-to-document mention, in library order; a document naming itself does not count. */
export function mentionsOf(documents: readonly Doc[], targets: LinkTargets): Mention[] {
  const out: Mention[] = [];
  for (const document of documents) {
    const byTarget = new Map<string, string[]>();
    for (const segment of document.segments) {
      for (const term of segment.terms) {
        const to = targets.get(term);
        if (!to || to === document.slug) continue;
        const list = byTarget.get(to) ?? [];
        if (!list.includes(segment.id)) list.push(segment.id);
        byTarget.set(to, list);
      }
    }
    for (const [to, segments] of byTarget) out.push({ from: document.slug, to, segments });
  }
  return out;
}

/**
 * Problems with the links between documents: a term that names a document the library does not
 * hold, or a mark that points at a passage its document does not have. Each names the document.
 */
export function linkErrors(documents: readonly Doc[], entries: readonly Entry[]): string[] {
  const bySlug = new Map(documents.map((document) => [document.slug, new Set(document.segments.map((segment) => segment.id))]));
  const errors: string[] = [];
  for (const entry of entries) {
    if (entry.document && !bySlug.has(entry.document)) {
      errors.push(`content/glossary/${entry.id}.yaml:1: document "${entry.document}" is not in the library`);
    }
  }
  for (const document of documents) {
    for (const segment of document.segments) {
      for (const ref of segment.refs) {
        const entry = entries.find((candidate) => candidate.id === ref.term);
        const passages = entry?.document ? bySlug.get(entry.document) : undefined;
        if (passages && !passages.has(ref.at)) {
          errors.push(
            `${document.slug}: segment "${segment.id}" links <T id="${ref.term}" at="${ref.at}">, but ${entry?.document} has no passage "${ref.at}"`,
          );
        }
      }
    }
  }
  return errors;
}
