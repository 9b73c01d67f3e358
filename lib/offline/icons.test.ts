import { expect, it } from 'vitest';
import { faviconDataUrl, iconThemes } from './icons';

it('the favicon is a data URL of URL characters only, drawing 对 in both themes', () => {
  const url = faviconDataUrl();
  expect(url).toMatch(/^data:image\/svg\+xml,[\w\-.~!$&'()*+,;=:@/?%]+$/);
  const svg = decodeURIComponent(url.slice('data:image/svg+xml,'.length));
  expect(svg).toMatch(/^<svg xmlns='http:\/\/www.w3.org\/2000\/svg'.*<\/svg>$/);
  expect(svg).toContain('>对</text>');
  expect(svg).toContain(`@media (prefers-color-scheme:dark){rect{fill:${iconThemes.dark.background}}`);
  expect(svg).toContain(`rect{fill:${iconThemes.light.background}}`);
});
