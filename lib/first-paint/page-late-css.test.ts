import { describe, expect, it } from 'vitest';
import { coOccurrence, overlap, pageLateCss, readProperty, scriptWords, tiedBeforeInline } from './page-late-css';

const parts = {
  layers: '@layer base{h1{font-size:2rem}.menu{color:blue}}@layer components{.card{border:1px solid}}',
  utilities: [
    '@layer utilities{.p-2{padding:.5rem}.px-4{padding-inline:1rem}.flex{display:flex}.hover\\:underline:hover{text-decoration:underline}',
    '@media (min-width:40rem){.sm\\:grid{display:grid}}}',
    '@keyframes spin{to{transform:rotate(1turn)}}',
  ].join(''),
};

describe('pageLateCss', () => {
  it('leaves out the rules the page has inlined, selector by selector', () => {
    const inline = '@layer base{h1{font-size:2rem}}@layer utilities{.flex{display:flex}@media (min-width:40rem){.sm\\:grid{display:grid}}}';
    const { layers, utilities } = pageLateCss(parts, inline);
    expect(layers).toBe('@layer base{.menu{color:blue}}@layer components{.card{border:1px solid}}');
    expect(utilities).toBe(
      '@layer utilities{.p-2{padding:.5rem}.px-4{padding-inline:1rem}.hover\\:underline:hover{text-decoration:underline}}@keyframes spin{to{transform:rotate(1turn)}}',
    );
  });

  it('keeps an inlined rule that must still follow a rule loaded late, with which it could tie', () => {
    // `.px-4` inlined, `.p-2` not: an element with both must keep the inline padding of `.px-4`.
    const { utilities } = pageLateCss(parts, '@layer utilities{.px-4{padding-inline:1rem}}');
    expect(utilities).toContain('.p-2{padding:.5rem}.px-4{padding-inline:1rem}');
  });

  it('drops an inlined rule when no earlier late rule could tie with it', () => {
    // `.p-2` inlined and before `.px-4`; `.flex` shares no property with `.p-2`.
    const { utilities } = pageLateCss(parts, '@layer utilities{.p-2{padding:.5rem}.flex{display:flex}}');
    expect(utilities).not.toContain('.p-2');
    expect(utilities).not.toContain('.flex');
  });

  it('does not count as a tie a rule of another layer or another specificity', () => {
    const css = {
      layers: '@layer components{.card{color:red}}',
      utilities: '@layer utilities{.a:hover{color:blue}.b{color:green}}',
    };
    // `.card` is in another layer; `.a:hover` is (0,2,0) against `.b`'s (0,1,0).
    const { utilities } = pageLateCss(css, '@layer utilities{.b{color:green}}');
    expect(utilities).toBe('@layer utilities{.a:hover{color:blue}}');
  });

  it('counts the specificity of :is() and :not() by their most specific argument, and :where() as none', () => {
    const css = {
      layers: '',
      utilities: '@layer utilities{.x:where(.y){color:red}.z{color:blue}:is(#a,.b){margin:0}#c{margin:1px}}',
    };
    const inline = '@layer utilities{.z{color:blue}#c{margin:1px}}';
    // `.x:where(.y)` is (0,1,0) like `.z`: a tie; `:is(#a,.b)` is (1,0,0) like `#c`: a tie.
    expect(pageLateCss(css, inline).utilities).toBe(css.utilities);
  });

  it('does not keep an inlined rule for a late rule no one element could match with it', () => {
    const css = {
      layers: '@layer base{hr{color:gray}a{color:blue}::file-selector-button{border:0}button{border:1px solid}}',
      utilities: '@layer utilities{.menu-item{padding:1px}.toc{padding:2px}}',
    };
    const inline = '@layer base{a{color:blue}button{border:1px solid}}@layer utilities{.toc{padding:2px}}';
    // Another element name, a pseudo-element, and classes that never meet on one element.
    const apart = pageLateCss(css, inline, (classes) => !(classes.includes('menu-item') && classes.includes('toc')));
    expect(apart).toEqual({
      layers: '@layer base{hr{color:gray}::file-selector-button{border:0}}',
      utilities: '@layer utilities{.menu-item{padding:1px}}',
    });
    // Classes that might meet: `.toc` stays after `.menu-item`.
    expect(pageLateCss(css, inline).utilities).toBe(css.utilities);
  });

  it('returns empty parts when the page inlines everything', () => {
    const all = { layers: '@layer base{.a{color:red}}', utilities: '@layer utilities{.b{margin:0}}' };
    expect(pageLateCss(all, all.layers + all.utilities)).toEqual({ layers: '', utilities: '' });
  });
});

describe('tiedBeforeInline', () => {
  it('names the late rule that an inlined rule after it could tie with', () => {
    // `.px-4` inlined, `.p-2` before it and late: one element with both would see their order change.
    expect(tiedBeforeInline(parts, '@layer utilities{.px-4{padding-inline:1rem}}')).toEqual(['.p-2']);
  });

  it('names none after the inlined rule, of another property or that no element could carry with it', () => {
    // `.px-4` is after `.p-2` (its order is kept late); `.flex` shares no property with `.p-2`.
    expect(tiedBeforeInline(parts, '@layer utilities{.p-2{padding:.5rem}.flex{display:flex}}')).toEqual([]);
    const apart = coOccurrence('<p class="p-2"></p><p class="px-4"></p>', new Set());
    expect(tiedBeforeInline(parts, '@layer utilities{.px-4{padding-inline:1rem}}', apart)).toEqual([]);
  });

  it('names in turn the late rules that could tie with those it names', () => {
    const chain = {
      layers: '',
      utilities: '@layer utilities{.p-1{padding:1px}.px-2{padding-inline:2px;margin-top:1px}.mt-3{margin-top:3px}}',
    };
    // `.p-1` cannot tie with the inlined `.mt-3`, but it can with `.px-2`, inlined for `.mt-3`.
    expect(tiedBeforeInline(chain, '@layer utilities{.mt-3{margin-top:3px}}')).toEqual(['.px-2', '.p-1']);
  });

  it('once what it names is inlined too, leaves the late parts no inlined rule to repeat', () => {
    const inline = '@layer utilities{.px-4{padding-inline:1rem}}';
    const named = tiedBeforeInline(parts, inline);
    const withNamed = '@layer utilities{.p-2{padding:.5rem}.px-4{padding-inline:1rem}}';
    expect(named.every((selector) => withNamed.includes(`${selector}{`))).toBe(true);
    expect(tiedBeforeInline(parts, withNamed)).toEqual([]);
    const { utilities } = pageLateCss(parts, withNamed);
    expect(utilities).not.toContain('.px-4');
    expect(utilities).not.toContain('.p-2');
  });
});

describe('overlap', () => {
  const meet = (a: string, b: string) => overlap(readProperty(a), readProperty(b));

  it('meets a shorthand and what it sets, on the same axis', () => {
    expect(meet('padding', 'padding-top')).toBe(true);
    expect(meet('padding-inline', 'padding-left')).toBe(true);
    expect(meet('border-width', 'border-inline-start-width')).toBe(true);
    expect(meet('top', 'inset')).toBe(true);
    expect(meet('left', 'inset-inline-start')).toBe(true);
    expect(meet('gap', 'row-gap')).toBe(true);
    expect(meet('place-items', 'justify-items')).toBe(true);
    expect(meet('font', 'line-height')).toBe(true);
    expect(meet('-webkit-text-decoration', 'text-decoration-line')).toBe(true);
    expect(meet('border-start-start-radius', 'border-top-left-radius')).toBe(true);
    expect(meet('--tw-shadow', '--tw-shadow')).toBe(true);
  });

  it('keeps apart what cannot set the same thing', () => {
    expect(meet('padding-inline', 'padding-top')).toBe(false);
    expect(meet('margin-top', 'margin-inline')).toBe(false);
    expect(meet('font-size', 'font-family')).toBe(false);
    expect(meet('row-gap', 'column-gap')).toBe(false);
    expect(meet('border-radius', 'border-color')).toBe(false);
    expect(meet('min-width', 'min-height')).toBe(false);
    expect(meet('margin', 'padding')).toBe(false);
  });
});

describe('coOccurrence', () => {
  const html = '<div class="flex gap-2"><p class="doc-text"></p></div>';
  const meet = coOccurrence(html, scriptWords('x("menu p-2"),y=`${a} px-4`,z=\'dialog\''));

  it('lets classes meet that one element of the page has, or that the scripts can write', () => {
    expect(meet(['flex', 'gap-2'])).toBe(true);
    expect(meet(['menu', 'px-4', 'dialog'])).toBe(true);
  });

  it('counts the class names the page hands its islands as props as written by scripts', () => {
    const handed = coOccurrence('<script>self.__next_f.push([1,"{\\"className\\":\\"tool-button wide\\"}"])</script>', new Set(['open']));
    expect(handed(['tool-button', 'open'])).toBe(true);
    expect(handed(['tool-button', 'closed'])).toBe(false);
  });

  it('keeps apart a class only the static text has and one only a script writes', () => {
    expect(meet(['doc-text', 'p-2'])).toBe(false);
    expect(meet(['doc-text', 'flex'])).toBe(false);
  });
});
