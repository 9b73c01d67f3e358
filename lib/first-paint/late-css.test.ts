import { describe, expect, it } from 'vitest';
import { anyElement, inlinedSelectors, lateCss, skippedSubject, splitLateCss, theRoot } from './late-css';

describe('the rules that would restyle the whole text', () => {
  it('knows a subject that is any element or a pseudo-element any element can have', () => {
    for (const selector of [
      '*',
      ':after',
      '::before',
      '::backdrop',
      '::highlight(search-hit)',
      '.doc *',
      '[data-view=zh] ::selection',
      '*:hover',
    ]) {
      expect(anyElement(selector), selector).toBe(true);
    }
    for (const selector of [
      '::placeholder',
      '::file-selector-button',
      '::-webkit-datetime-edit',
      ':root',
      ':focus-visible',
      '.a::before',
      'p *.b',
      ':where(.x)',
    ]) {
      expect(anyElement(selector), selector).toBe(false);
    }
  });

  it('knows a subject that is the root element', () => {
    for (const selector of ['html', ':root', ':host', ':root[data-theme=dark]', 'html:not([data-js])', ' :root:focus-within']) {
      expect(theRoot(selector), selector).toBe(true);
    }
    for (const selector of ['html *', ':root .seg', 'html[data-js] .js-only', '.html', 'htmlx', ':root-like', 'body']) {
      expect(theRoot(selector), selector).toBe(false);
    }
  });

  it('knows a subject that is a segment or a glossary entry, in any state', () => {
    for (const selector of [
      '.seg',
      'html[data-js] .seg',
      '.seg-heading',
      ':root[data-view=side] .seg:hover',
      '.seg[data-share-target]',
      '.x>.seg-chapter',
    ]) {
      expect(skippedSubject(selector), selector).toBe('data-segment');
    }
    for (const selector of ['[data-glossary-entry]', '[data-glossary-group]>ul>[data-glossary-entry]:hover', 'li[data-glossary-entry=x]']) {
      expect(skippedSubject(selector), selector).toBe('data-glossary-entry');
    }
    for (const selector of [
      '.seg .block-en',
      '.segment',
      '.seg-heading .block-text',
      '[data-view=zh] .seg:not([data-revealed]) .tn',
      '.seg>.share-menu-button',
      '[data-glossary-entry] p',
      '[data-glossary-entry-x]',
      '[data-glossary-group]',
    ]) {
      expect(skippedSubject(selector), selector).toBe(null);
    }
  });
});

describe('lateCss', () => {
  const css = [
    '@layer base{*,:after,:before,::backdrop{box-sizing:border-box}::placeholder{opacity:1}}',
    '@layer components{.seg{content-visibility:auto}.seg .block-en,.seg-heading{color:red}.menu{color:blue}}',
    '[data-glossary-entry]{content-visibility:auto}[data-glossary-entry] p{color:green}',
    '::highlight(search-hit){background:yellow}',
    '@property --tw-shadow{syntax:"*";inherits:false}',
    '@layer properties{@supports (-moz-orient:inline){*,:before,:after{--tw-shadow:0 0 #0000}}}',
    '@keyframes spin{to{transform:rotate(1turn)}}',
  ].join('');
  const late = lateCss(css);

  it('leaves out registrations, rules for any element and rules for segments and glossary entries', () => {
    expect(late).not.toContain('@property');
    expect(late).not.toContain('box-sizing');
    expect(late).not.toContain('::highlight');
    expect(late).not.toContain('content-visibility');
  });

  it('keeps every other selector, with its own rule, and the fallback for browsers without @property', () => {
    expect(late).toBe(
      '@layer base{::placeholder{opacity:1}}@layer components{.seg .block-en{color:red}.menu{color:blue}}[data-glossary-entry] p{color:green}@layer properties{@supports (-moz-orient:inline){*,:before,:after{--tw-shadow:0 0 #0000}}}@keyframes spin{to{transform:rotate(1turn)}}',
    );
  });

  it('names, as selectors the pages inline, every one it leaves out', () => {
    expect(inlinedSelectors(css)).toEqual({
      everyPage: ['*', ':after', ':before', '::backdrop', '::highlight(search-hit)', '*', ':before', ':after'],
      withMarker: { 'data-segment': ['.seg', '.seg-heading'], 'data-glossary-entry': ['[data-glossary-entry]'] },
    });
  });
});

describe('splitLateCss', () => {
  const css = [
    '@layer properties{@supports (-moz-orient:inline){*,:before,:after{--tw-shadow:0 0 #0000}}}',
    '@layer theme{:root{--a:1}}@layer base{html,:host{line-height:1.5}::placeholder{opacity:1}}@layer components{.menu{color:blue}}',
    '@layer utilities{.flex{display:flex}@media (min-width:40rem){.sm\\:grid{display:grid}}}',
    '@keyframes spin{to{transform:rotate(1turn)}}',
  ].join('');

  it('cuts the stylesheet after the paint where the utilities start, each part in the order of the whole', () => {
    const { layers, utilities } = splitLateCss(css);
    expect(layers).toBe(
      '@layer properties{@supports (-moz-orient:inline){*,:before,:after{--tw-shadow:0 0 #0000}}}@layer base{::placeholder{opacity:1}}@layer components{.menu{color:blue}}',
    );
    expect(utilities).toBe(
      '@layer utilities{.flex{display:flex}@media (min-width:40rem){.sm\\:grid{display:grid}}}@keyframes spin{to{transform:rotate(1turn)}}',
    );
    expect(layers + utilities).toBe(lateCss(css));
  });

  it('fails the build on a stylesheet without a utilities layer', () => {
    expect(() => splitLateCss('@layer base{.a{color:red}}')).toThrow(/utilities layer/);
  });
});
