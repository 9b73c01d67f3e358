import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Playwright cannot download its browser here: use Debian's Chromium when it is installed.
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: 'e2e',
  // The static site's own checks run against out/ (playwright.static.config.ts).
  testIgnore: ['static/**'],
  // Per port, so that two suites running side by side do not delete each other's artifacts.
  outputDir: `test-results/${port}`,
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  // Twice what the longest journeys take on CI's two cores (about 20 s), so a slower machine does not fail them.
  timeout: 60_000,
  expect: {
    timeout: 7_000,
    // Antialiasing differs by a few pixels between runs; a real change moves far more.
    toHaveScreenshot: { maxDiffPixels: 150 },
  },
  // Snapshots by name, not by spec path, so moving a spec does not orphan its pictures.
  snapshotPathTemplate: '{testDir}/__screenshots__/{arg}{ext}',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // With the benchmark's 4× copy of the interview as an unlisted document: the long text must read
    // and share like the real one (e2e/reader/long-document.spec.ts).
    command: `npx tsx scripts/bench/write-long.ts .e2e/documents 4 && DUIZHAO_EXTRA_DOCUMENTS=.e2e/documents npm run build && npx next start -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/en`,
    timeout: 300_000,
    // Reuse a running server only when asked: a stray server on the port (another build) would be tested instead.
    reuseExistingServer: process.env.E2E_REUSE === '1',
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
