import { defineConfig } from '@playwright/test';
import { CHROMIUM } from '../src/cli/shared/chromium.ts';

/**
 * Two projects, run one after the other by `npm run test:e2e` (src/cli/e2e.ts) so
 * that a failure in one never skips the other:
 * - `site`: journeys against the site built once by the global setup;
 * - `builds`: tests that build sites of their own (broken content, renames, a base
 *   path, hostile input, interrupted builds, a 1,000-article corpus), one at a time.
 */
export default defineConfig({
  testDir: '.',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: '../test-results',
  globalSetup: './global-setup.ts',
  use: {
    baseURL: process.env.KB_E2E_URL,
    launchOptions: CHROMIUM,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'site', testIgnore: /(builds|hostile|scale)\.spec\.ts/ },
    { name: 'builds', testMatch: /(builds|hostile|scale)\.spec\.ts/, fullyParallel: false },
  ],
});
