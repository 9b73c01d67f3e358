import { describe, expect, it } from 'vitest';
import { withoutUnreadFallback } from './unread-fallback';

const css = [
  '@layer theme{:root{--color-ink:#111;--text-4xl:2.25rem}}',
  '@layer utilities{.text-ink{color:var(--color-ink)}.border{border-style:var(--tw-border-style);border-width:1px}}',
  '@property --tw-border-style{syntax:"*";inherits:false;initial-value:solid}',
  '@property --tw-shadow{syntax:"*";inherits:false;initial-value:0 0 #0000}',
  '@layer properties{@supports (-moz-orient:inline){*,:before,:after{--tw-border-style:solid;--tw-shadow:0 0 #0000;--tw-ring:0}::backdrop{--tw-blur:initial}}}',
].join('');

describe('withoutUnreadFallback', () => {
  const out = withoutUnreadFallback(css, '<p class="text-ink border" style="box-shadow:var(--tw-ring)">x</p>');

  it('keeps the fallback variables a rule or the page reads', () => {
    expect(out).toContain('*,:before,:after{--tw-border-style:solid;--tw-ring:0}');
  });

  it('drops the ones nothing reads, and the block they leave empty', () => {
    expect(out).not.toContain('--tw-shadow:0 0 #0000');
    expect(out).not.toContain('::backdrop');
  });

  it('keeps every registration and every theme token, read or not', () => {
    expect(out).toContain('@property --tw-shadow{');
    expect(out).toContain('--text-4xl:2.25rem');
    expect(out).toContain(
      '@layer utilities{.text-ink{color:var(--color-ink)}.border{border-style:var(--tw-border-style);border-width:1px}}',
    );
  });
});
