import { article, catalog, trees } from './content.ts';
import { expect, test } from './fixtures.ts';
import { measurePage } from '../src/cli/bench/measure.ts';

/** Budgets from the performance issue, in bytes as sent (gzip). Sizes, not timings: timings are noise on shared CI. */
const BUDGET = { articleJs: 15 * 1024, articleCss: 20 * 1024, firstQuery: 150 * 1024 };

test('an article page stays within the JS and CSS budgets, loads nothing from other origins and does not shift', async ({
  browser,
  baseURL,
}) => {
  const pages = [
    article('KB-1301').path,
    catalog.articles.find((entry) => entry.data.type === 'faq')!.path,
    '/',
    '/voice-rooms/',
    `/troubleshoot/${trees[0]!.id}/`,
  ];
  for (const path of pages) {
    const weight = await measurePage(browser, path, baseURL);
    expect(weight.html, `${path} HTML was measured`).toBeGreaterThan(1000);
    expect(weight.js, `${path} JavaScript before search opens`).toBeLessThanOrEqual(BUDGET.articleJs);
    expect(weight.css, `${path} CSS`).toBeLessThanOrEqual(BUDGET.articleCss);
    expect(weight.crossOrigin, `${path} requests to other origins`).toEqual([]);
    expect(weight.fonts, `${path} web fonts (system fonts only)`).toBe(0);
    expect(weight.layoutShift, `${path} cumulative layout shift`).toBeLessThan(0.1);
  }
  // The search page runs search at once, so only origins and layout shift apply to it.
  const search = await measurePage(browser, '/search/?q=echo', baseURL);
  expect(search.crossOrigin).toEqual([]);
  expect(search.layoutShift).toBeLessThan(0.1);
});

test('search code is not loaded until search opens', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(article('KB-1301').path, { waitUntil: 'networkidle' });
  expect(requested.filter((path) => /pagefind|panel/.test(path))).toEqual([]);
  await page.keyboard.press('/');
  await page.getByRole('dialog').getByRole('searchbox').fill('echo');
  await expect(page.getByRole('dialog').locator('.results li').first()).toBeVisible();
  expect(requested.some((path) => path.startsWith('/pagefind/'))).toBe(true);
  expect(
    requested.some((path) => path.startsWith('/pagefind-zh/')),
    'the Chinese bundle loads only for Chinese queries',
  ).toBe(false);
});

test('motion respects prefers-reduced-motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(article('KB-1301').path);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
});
