import { test as base, expect, type Page } from '@playwright/test';

/**
 * `page` that fails the test on any console error or uncaught exception: a broken
 * script is a broken page even when the assertion that follows happens to pass.
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      // The 404 page is served with status 404 on purpose; anything else failing to load is a bug.
      if (message.text().includes('status of 404') && message.location().url === page.url()) return;
      errors.push(`console: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
    await use(page);
    expect(errors, 'the page logged errors').toEqual([]);
  },
});

export { expect };

export type ColorScheme = 'light' | 'dark';
export const SCHEMES: ColorScheme[] = ['light', 'dark'];
