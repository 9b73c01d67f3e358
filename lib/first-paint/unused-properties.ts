import postcss, { type AtRule, type Declaration } from 'postcss';

/*
 * Beasties keeps a page's rules by their selectors, so the custom properties the whole site
 * declares come along whatever the page uses: Tailwind's `@property` registrations (one per
 * shadow, ring, filter and transform variable), the same variables again in its `@layer
 * properties` fallback for browsers without `@property`, and every `@theme` token on `:root`.
 * On a document page that is ≈ 0.8 KiB gzipped of the inline CSS for variables nothing on the
 * page reads. This drops a variable's registration, fallback and theme definition when no rule
 * left in the CSS and nothing in the page's HTML (inline styles, scripts) reads it with `var()`.
 * The full stylesheet that follows the first paint declares them all again, in time for the
 * menus, cards and highlights that scripts add.
 */

const reads = /var\(\s*(--[\w-]+)/g;

function namesRead(text: string): string[] {
  return [...text.matchAll(reads)].map((match) => match[1] ?? '');
}

function insideLayer(node: postcss.Node, name: string): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === 'atrule' && (parent as AtRule).name === 'layer' && (parent as AtRule).params === name) return true;
  }
  return false;
}

/** Declarations that only define a variable for others to read: theme tokens and the fallback. */
function definesOnly(decl: Declaration): boolean {
  return decl.prop.startsWith('--') && (insideLayer(decl, 'theme') || insideLayer(decl, 'properties'));
}

/** `css` without the custom properties that neither it nor `html` reads. */
export function withoutUnusedProperties(css: string, html: string): string {
  const root = postcss.parse(css);
  const values = new Map<string, string[]>();
  const read = new Set(namesRead(html));
  root.walkDecls((decl) => {
    if (definesOnly(decl)) values.set(decl.prop, [...(values.get(decl.prop) ?? []), ...namesRead(decl.value)]);
    else for (const name of namesRead(decl.value)) read.add(name);
  });
  // A token read by another token that is read (`--default-font-family: var(--font-sans)`).
  const pending = [...read];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    for (const next of values.get(name) ?? []) {
      if (!read.has(next)) {
        read.add(next);
        pending.push(next);
      }
    }
  }
  root.walkAtRules('property', (rule) => {
    if (!read.has(rule.params.trim())) rule.remove();
  });
  root.walkDecls((decl) => {
    if (definesOnly(decl) && !read.has(decl.prop)) decl.remove();
  });
  // A fallback or theme block whose every variable went leaves an empty shell behind, and its
  // removal can empty the block around it.
  for (let emptied = true; emptied;) {
    emptied = false;
    root.walk((node) => {
      if ((node.type === 'rule' || node.type === 'atrule') && node.nodes !== undefined && node.nodes.length === 0) {
        node.remove();
        emptied = true;
      }
    });
  }
  return root.toString();
}
