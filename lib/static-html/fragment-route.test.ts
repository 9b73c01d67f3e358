import { describe, expect, it } from 'vitest';
import { fragmentNamed } from './fragment-route';

describe('fragmentNamed', () => {
  it('names the fragment a requested file stands for, and nothing else', () => {
    expect(fragmentNamed('body.html', ['body', 'contents'] as const)).toBe('body');
    expect(fragmentNamed('contents.html', ['body', 'contents'] as const)).toBe('contents');
    expect(fragmentNamed('other.html', ['body', 'contents'] as const)).toBe(null);
    expect(fragmentNamed('body.html.html', ['body'] as const)).toBe(null);
  });
});
