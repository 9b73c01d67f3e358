import { expect, it } from 'vitest';
import { faviconDataUrl, iconSvg, iconThemes } from './icons';

it('the favicon is a data URL of URL characters only, drawing 对 as an outline in both themes', () => {
  const url = faviconDataUrl();
  expect(url).toMatch(/^data:image\/svg\+xml,[\w\-.~!$&'()*+,;=:@/?%]+$/);
  const svg = decodeURIComponent(url.slice('data:image/svg+xml,'.length));
  expect(svg).toMatch(/^<svg xmlns='http:\/\/www.w3.org\/2000\/svg'.*<\/svg>$/);
  expect(svg).toMatch(/<path d='M[\d.,LCZM]+'\/>/);
  expect(svg).not.toContain('<text');
  expect(svg).toContain(`@media (prefers-color-scheme:dark){rect{fill:${iconThemes.dark.background}}path{fill:${iconThemes.dark.ink}}}`);
  expect(svg).toContain(`rect{fill:${iconThemes.light.background}}`);
});

it("the manifest's scalable icon draws the same outline, in the light theme only like the PNG icons", () => {
  const svg = iconSvg({ followSystemTheme: false });
  expect(svg).toMatch(/<path d='M[\d.,LCZM]+'\/>/);
  expect(svg).not.toContain('<text');
  expect(svg).not.toContain('prefers-color-scheme');
  expect(svg).toContain(`rect{fill:${iconThemes.light.background}}path{fill:${iconThemes.light.ink}}`);
});
