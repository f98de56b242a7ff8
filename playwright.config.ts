import { defineConfig } from '@playwright/test';

// Debian's Chromium (installed by .ci/run), never a downloaded browser. CHROME_PATH overrides.
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 4400);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    // Each test opens a fresh browser: a service worker would precache the whole site for every one.
    // Only tests/e2e/hors-ligne.spec.ts lets it run.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `node scripts/serve-dist.ts ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 20_000,
  },
});
