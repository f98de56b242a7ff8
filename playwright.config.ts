import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

// Debian's Chromium (installed by .ci/run), never a downloaded browser. CHROME_PATH overrides.
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// The server's port: E2E_PORT if given (then a server already listening there is reused, outside CI),
// otherwise a port the OS reports free right now, so a busy port never fails the run. The config is
// evaluated again in every worker process: the main process writes the port into process.env before
// the workers start, and they inherit it, so all of them reach the same server.
const portImpose = process.env.E2E_PORT;
if (!portImpose) {
  process.env.E2E_PORT = execFileSync(
    process.execPath,
    [
      '-e',
      `
    const s = require('node:net').createServer();
    s.listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); });
  `,
    ],
    { encoding: 'utf8' },
  ).trim();
}
const port = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  // Web-first assertions wait for a state; 10 s leaves room for a machine shared with a build.
  expect: { timeout: 10_000 },
  fullyParallel: true,
  // Two workers on a 2-core machine: budget, usure, recherche and temperature specs (32 tests), run
  // back to back in both orders on a machine shared with three other runs (load 12-26): 1 worker
  // 257 s and 328 s, 2 workers 337 s (one timeout at load 26) and 224 s. The order, that is the
  // load, mattered more than the workers; two were faster on average and are kept for a machine of
  // its own (CI). On a shared machine, pass --workers=1.
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // Durations the tests record (tests/e2e/mesures.ts) are listed at the end and written to test-results/mesures.json.
  reporter: [['list'], ['./tests/rapport-mesures.ts']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    // Each test opens a fresh browser: a service worker would precache the whole site for every one.
    // Only tests/e2e/hors-ligne.spec.ts lets it run.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node outils/serve-dist.ts ${port}`,
    url: `http://127.0.0.1:${port}/`,
    // Reusing a server is only ever right on a port chosen by hand: the free port is nobody's.
    reuseExistingServer: Boolean(portImpose) && !process.env.CI,
    timeout: 20_000,
  },
});
