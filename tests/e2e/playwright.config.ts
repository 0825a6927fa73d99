import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_PATH } from './browser';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const READ_SPECS = /\/(reports|views|map|figures)\.spec\.ts$/;
const BROWSER = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1366, height: 768 },
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
    ],
  },
};

export default defineConfig({
  testDir: '.',
  // Per port, so two runs on one machine never clear each other's traces.
  outputDir: `../.tmp/e2e-results-${PORT}`,
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  // Specs that only read run first, on the sample data as loaded; specs that write (editing,
  // accounts, the report review) run after them, so no reader sees another test's writes.
  projects: [
    { name: 'read', testMatch: READ_SPECS, use: BROWSER },
    { name: 'write', testIgnore: READ_SPECS, dependencies: ['read'], use: BROWSER },
  ],
  webServer: {
    command: 'npx tsx tests/e2e/serve.ts',
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}/reports`,
    // The link-import and feeds specs serve their articles and feeds from a local server named
    // "localhost"; feeds are read only when a spec asks ("Fetch now"), never by a timer.
    // Metrics on a port of their own, PORT + 10000 (tests/e2e/observability.spec.ts reads them).
    env: {
      PORT: String(PORT),
      IMPORT_ALLOW_HOSTS: 'localhost',
      FEEDS_POLL_MINUTES: '0',
      METRICS_PORT: String(PORT + 10000),
      // The server's warnings and errors in the run's output, not an access line per request.
      LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
    },
    // A first run builds the app: allow for it on a 2-core machine.
    timeout: 10 * 60_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
