/**
 * "Did this help?" on the repository's own site, which sets no feedback endpoint:
 * nothing is sent anywhere, and "No" opens a pre-filled issue with the reader's note.
 * Delivery to an endpoint is tested in builds.spec.ts, with a receiver of its own.
 */
import { article } from './content.ts';
import { expect, test } from './fixtures.ts';
import { loadSiteConfig } from '../src/lib/site-config.ts';

const site = loadSiteConfig();
const echo = article('KB-1301');

test('without an endpoint, "No" opens a pre-filled issue with the reader’s note, and nothing is sent', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') requests.push(request.url());
  });
  await page.addInitScript(() => {
    const opened: string[] = [];
    (window as unknown as { __opened: string[] }).__opened = opened;
    window.open = (url?: string | URL) => {
      opened.push(String(url));
      return null;
    };
  });
  await page.goto(echo.path);
  const feedback = page.getByRole('region', { name: 'Did this help?' });
  await feedback.getByRole('button', { name: 'No', exact: true }).click();
  await feedback.getByLabel('What was missing or wrong? (optional)').fill('Nothing about Bluetooth headsets');
  await feedback.getByRole('button', { name: 'Open an issue' }).click();
  await expect(feedback.getByRole('status')).toHaveText('Thank you: that helps us fix the guide.');

  const [opened] = await page.evaluate(() => (window as unknown as { __opened: string[] }).__opened);
  const url = new URL(opened!);
  expect(`${url.origin}${url.pathname}`).toBe(`${site.repository}/issues/new`);
  expect(url.searchParams.get('title')).toBe(`Feedback on KB-1301: ${echo.data.title}`);
  expect(url.searchParams.get('body')).toBe(
    `Page: ${new URL(echo.path, site.url)}\n\nWhat was missing or wrong:\nNothing about Bluetooth headsets`,
  );
  expect(requests).toEqual([]);
});

test('"Yes" thanks the reader and hides the question', async ({ page }) => {
  await page.goto(echo.path);
  const feedback = page.getByRole('region', { name: 'Did this help?' });
  await feedback.getByRole('button', { name: 'Yes', exact: true }).click();
  await expect(feedback.getByRole('status')).toHaveText('Thank you: that helps us fix the guide.');
  await expect(feedback.getByRole('button', { name: 'Yes', exact: true })).toBeHidden();
});
