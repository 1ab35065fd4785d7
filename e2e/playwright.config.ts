import { defineConfig } from '@playwright/test';

/** End-to-end: the built extension (.output/chrome-mv3) in Debian's Chromium against consoles served on localhost. */
export default defineConfig({
  testDir: './specs',
  globalSetup: './global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: '../test-results',
  use: { trace: 'off', screenshot: 'only-on-failure' },
});
