import http from 'node:http';
import { expect, test } from '@playwright/test';
import { firstScreenEnd } from '@/lib/first-paint/first-screen';
import { docPath } from '../support';

type Pauses = { path: string; before: string[]; ms: number };

/**
 * The app behind a proxy that sends one page's HTML in parts, waiting `ms` before each of the
 * markers in `before` (as a slow connection pauses mid-page); every other request passes through.
 */
async function pausingProxy(upstream: string, pauses: Pauses): Promise<{ origin: string; close: () => void }> {
  const server = http.createServer((request, response) => {
    const paused = request.url === pauses.path;
    const headers = { ...request.headers, host: new URL(upstream).host };
    if (paused) delete headers['accept-encoding'];
    const forward = http.request(`${upstream}${request.url}`, { method: request.method, headers }, (answer) => {
      if (!paused) {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
        return;
      }
      let html = '';
      answer.setEncoding('utf8');
      answer.on('data', (chunk: string) => (html += chunk));
      answer.on('end', async () => {
        // Sent in parts: its length is no longer known up front.
        const answerHeaders = { ...answer.headers };
        delete answerHeaders['content-length'];
        response.writeHead(answer.statusCode ?? 502, answerHeaders);
        let sent = 0;
        for (const marker of pauses.before) {
          const at = html.indexOf(marker, sent);
          if (at < 0) throw new Error(`${marker} is not in ${pauses.path}`);
          response.write(html.slice(sent, at));
          sent = at;
          await new Promise((resolve) => setTimeout(resolve, pauses.ms));
        }
        response.end(html.slice(sent));
      });
    });
    request.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the proxy has no port');
  return { origin: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

test('the first frame shows the first screen whole: it waits for the page to reach its end, and for no more', async ({ page, baseURL }) => {
  // What the page held at its first frame (requestAnimationFrame runs its callbacks then).
  await page.addInitScript((id) => {
    requestAnimationFrame(() => {
      Reflect.set(window, '__firstFrame', { screenEnd: document.getElementById(id) !== null, parsed: document.readyState !== 'loading' });
    });
  }, firstScreenEnd);
  const firstFrame = () => page.evaluate(() => Reflect.get(window, '__firstFrame'));

  // A document: paused before its first screen ends (its title and byline), then before its last passage.
  const reader = await pausingProxy(baseURL ?? '', {
    path: `/en${docPath}`,
    before: [`<dl id="${firstScreenEnd}"`, '<div id="s4-p2"'],
    ms: 800,
  });
  try {
    await page.goto(`${reader.origin}/en${docPath}`);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    // Not drawn while the network paused above the byline; drawn before the rest of the text came.
    expect(await firstFrame()).toEqual({ screenEnd: true, parsed: false });
  } finally {
    reader.close();
  }

  // A short page ends its first screen with its main content: paused before that end, then before the body's.
  const library = await pausingProxy(baseURL ?? '', { path: '/en', before: [`<span id="${firstScreenEnd}"`, '</body>'], ms: 800 });
  try {
    await page.goto(`${library.origin}/en`);
    await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
    expect(await firstFrame()).toEqual({ screenEnd: true, parsed: false });
  } finally {
    library.close();
  }
});
