import { LineCounter, parseDocument, isNode } from 'yaml';
import { z } from 'zod';

export class ContentError extends Error {
  override name = 'ContentError';
}

type Located<T> = { ok: true; data: T } | { ok: false; message: string };

/**
 * Parses YAML and validates it with a zod schema, so that every failure names the
 * file and the line of the offending value. `lineOffset` shifts lines for YAML that
 * sits inside another file (frontmatter after its opening `---`).
 */
export function parseYamlWith<S extends z.ZodType>(
  schema: S,
  text: string,
  file: string,
  lineOffset = 0,
): Located<z.infer<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const messages = doc.errors.map((error) => {
      const line = lineCounter.linePos(error.pos[0]).line + lineOffset;
      return `${file}:${line}: invalid YAML: ${error.message.split('\n')[0]}`;
    });
    return { ok: false, message: messages.join('\n') };
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return { ok: true, data: result.data };

  const lineOf = (path: PropertyKey[]): number => {
    // Walk up the path until a node exists: a missing key is reported at its parent.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
    }
    return 1 + lineOffset;
  };
  const messages = result.error.issues.map((issue) => {
    const pretty = z.prettifyError(new z.ZodError([issue]));
    return `${file}:${lineOf(issue.path)}: ${pretty.replace(/^✖ /, '')}`;
  });
  return { ok: false, message: messages.join('\n') };
}
