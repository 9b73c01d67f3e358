import { describe, expect, it } from 'vitest';
import { withoutUnusedProperties } from './unused-properties';

const css = [
  '@layer theme{:root{--font-sans:system-ui;--default-font-family:var(--font-sans);--color-ink:#111;--color-hl:#ff0;--text-4xl:2.25rem}}',
  '@layer base{html{font-family:var(--default-font-family)}}',
  '@layer utilities{.text-ink{color:var(--color-ink)}.border{border-style:var(--tw-border-style);border-width:1px}}',
  '@property --tw-border-style{syntax:"*";inherits:false;initial-value:solid}',
  '@property --tw-shadow{syntax:"*";inherits:false;initial-value:0 0 #0000}',
  '@property --tw-blur{syntax:"*";inherits:false}',
  '@layer properties{@supports (-moz-orient:inline){*,:before,:after{--tw-border-style:solid;--tw-shadow:0 0 #0000}::backdrop{--tw-blur:initial}}}',
].join('');

describe('withoutUnusedProperties', () => {
  const out = withoutUnusedProperties(css, '<p class="text-ink border" style="outline-color:var(--color-hl)">x</p>');

  it('keeps what a rule, an inline style or a token that is read reads', () => {
    expect(out).toContain('--color-ink:#111');
    expect(out).toContain('--color-hl:#ff0');
    expect(out).toContain('--default-font-family:var(--font-sans)');
    expect(out).toContain('--font-sans:system-ui');
    expect(out).toContain('@property --tw-border-style{');
    expect(out).toContain('--tw-border-style:solid}');
  });

  it('drops the registration, fallback and token of a variable nothing reads', () => {
    expect(out).not.toContain('--tw-shadow');
    expect(out).not.toContain('--tw-blur');
    expect(out).not.toContain('--text-4xl');
  });

  it('leaves no empty block behind, and every rule as it was', () => {
    expect(out).not.toContain('::backdrop');
    expect(out).not.toMatch(/\{\}/);
    expect(out).toContain(
      '@layer utilities{.text-ink{color:var(--color-ink)}.border{border-style:var(--tw-border-style);border-width:1px}}',
    );
  });

  it('keeps a variable a rule sets and another reads, wherever it is set', () => {
    const set = withoutUnusedProperties('@property --tw-x{syntax:"*";inherits:false}.a{--tw-x:1px}.b{translate:var(--tw-x)}', '');
    expect(set).toContain('@property --tw-x');
  });
});
