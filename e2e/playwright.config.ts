import { defineConfig } from '@playwright/test';
import { CHROMIUM } from '../src/cli/shared/chromium.ts';

export const PORT = 4322;

export default defineConfig({
  testDir: '.',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: '../test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: CHROMIUM,
    trace: 'retain-on-failure',
  },
  projects: [
    // Journeys against the built site in dist/, served once.
    { name: 'site', testIgnore: /(builds|budgets)\.spec\.ts/ },
    // Builds of their own (broken content, renames, a base path, a 1,000-article corpus): slow, one at a time.
    // They run after the journeys so that heavy builds do not compete with them for the CPU.
    { name: 'builds', testMatch: /(builds|budgets)\.spec\.ts/, fullyParallel: false, dependencies: ['site'] },
  ],
  webServer: {
    // --ignore-lock: a preview server the developer already runs must not stop the tests, nor the other way round.
    command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
