/**
 * The site on a 360 px phone in Chromium (touch, mobile viewport): what a developer
 * in an outage sees first, and what a thumb can do. Search pages are covered by the
 * search journeys.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { article, catalog, tree } from './content.ts';
import { expect, SCHEMES, test } from './fixtures.ts';
import { SECTIONS } from '../src/lib/sections.ts';

const PHONE = { viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true };
test.use(PHONE);

const stutter = tree('video-stutter');
const echo = article('KB-1301');
const connect = article('KB-1201');
const faq = article('KB-1107');

/** One page of every type a reader meets (the search pages have their own tests). */
export const PHONE_PAGES: { name: string; path: string }[] = [
  { name: 'home', path: '/' },
  { name: 'scenario', path: '/voice-rooms/' },
  { name: 'article', path: echo.path },
  { name: 'article with steps, code, tables and a diagram', path: connect.path },
  { name: 'FAQ', path: faq.path },
  { name: 'tags', path: '/tags/' },
  { name: 'tag', path: `/tags/${echo.data.tags[0]}/` },
  { name: 'troubleshooter index', path: '/troubleshoot/' },
  { name: 'troubleshooter start', path: `/troubleshoot/${stutter.id}/` },
  { name: 'troubleshooter step with answers', path: `/troubleshoot/${stutter.id}/who.some-receivers/where/` },
  {
    name: 'troubleshooter result',
    path: `/troubleshoot/${stutter.id}/who.some-receivers/where.in-another-country-or-continent-than-the-sender/far-away/`,
  },
  { name: 'ticket', path: `/troubleshoot/${stutter.id}/ticket/` },
  { name: 'outage ticket', path: `/troubleshoot/${stutter.id}/who.everyone/ticket/` },
  { name: '404', path: '/voice-rooms/no-such-article/' },
  { name: 'writer components', path: '/writing/' },
  // Chinese text breaks anywhere, but the listings and the examples must still fit.
  { name: 'Chinese tag index', path: '/zh/tags/' },
  { name: 'Chinese writer components', path: '/zh/writing/' },
  { name: 'Chinese article with steps, code, tables and a diagram', path: `/zh${connect.path}` },
];

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('no page scrolls sideways at 360 px, in either theme', async ({ page }) => {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const target of PHONE_PAGES) {
      await page.goto(target.path);
      expect(await sidewaysOverflow(page), `${target.name} (${target.path}, ${scheme})`).toBeLessThanOrEqual(0);
    }
  }
});

test('a search on a phone shows its first result on the first screen, and nothing scrolls sideways', async ({
  page,
}) => {
  // Error codes bring long unbreakable excerpts (code lists); Chinese breaks anywhere.
  for (const path of ['/search/?q=NotReadableError', '/search/?q=1006', '/zh/search/?q=推流失败']) {
    await page.goto(path);
    const first = page.locator('[data-search-results] .results > li a.result-title').first();
    await expect(first, path).toBeInViewport({ ratio: 1 });
    expect(await sidewaysOverflow(page), path).toBeLessThanOrEqual(0);
  }
});

test('an article opens with its answer: the body starts on the first screen', async ({ page }) => {
  for (const entry of [echo, connect, faq]) {
    await page.goto(entry.path);
    // Troubleshooting articles and FAQs start with a heading (Symptom, the first question): all of it shows.
    const first = page.locator('.prose > *').first();
    const box = (await first.boundingBox())!;
    const shown = (await first.evaluate((element) => element.matches('.heading'))) ? box.height : 48;
    expect(box.y + shown, `${entry.id}: the body starts at y=${Math.round(box.y)}`).toBeLessThanOrEqual(800);
    // Writer tools are out of the way; the table of contents is folded.
    await expect(page.getByRole('link', { name: 'Edit this page' })).not.toBeInViewport();
    await expect(page.locator('details.toc-narrow')).not.toHaveAttribute('open');
  }
});

test('the short link shows the article number on a 360 px screen', async ({ page }) => {
  await page.goto(echo.path);
  const link = page.locator('[data-article-actions] code');
  await expect(link).toContainText(`/kb/${echo.number}/`);
  const number = await link.evaluate((element, text) => {
    const range = document.createRange();
    const node = element.lastChild!;
    const value = node.textContent ?? '';
    range.setStart(node, value.indexOf(text));
    range.setEnd(node, value.indexOf(text) + text.length);
    return range.getBoundingClientRect().right;
  }, `${echo.number}/`);
  expect(number).toBeLessThanOrEqual(360);
});

test('every code block has a copy button that puts its code on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(connect.path);
  const blocks = page.locator('.prose .code-block');
  const count = await blocks.count();
  expect(count).toBeGreaterThan(3);
  for (let index = 0; index < count; index++) {
    const block = blocks.nth(index);
    const button = block.getByRole('button', { name: 'Copy code' });
    await button.tap();
    await expect(button).toHaveText('Copied ✓');
    const expected = await block.locator('pre code').evaluate((code) => code.textContent!.replace(/\n$/, ''));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  }
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeAttached();
});

test('code inside steps uses the full width of the column', async ({ page }) => {
  await page.goto(connect.path);
  const prose = (await page.locator('.prose').boundingBox())!;
  const inSteps = page.locator('.steps .code-block');
  expect(await inSteps.count()).toBeGreaterThan(0);
  for (const block of await inSteps.all()) {
    expect((await block.boundingBox())!.width).toBeGreaterThanOrEqual(prose.width - 2);
  }
});

test('the build gives every highlighted code block a copy button', () => {
  const dist = process.env.KB_E2E_DIST!;
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  let blocks = 0;
  for (const file of pages) {
    const html = readFileSync(join(dist, file), 'utf8');
    const code = html.match(/<pre class="astro-code/g)?.length ?? 0;
    const buttons = html.match(/data-code-copy/g)?.length ?? 0;
    expect(buttons, file).toBe(code);
    blocks += code;
  }
  expect(blocks).toBeGreaterThan(100);
});

test('wide tables scroll inside a focusable box, diagrams say that they scroll', async ({ page }) => {
  await page.goto(connect.path);
  for (const box of await page.locator('.prose .table-scroll').all()) {
    await expect(box).toHaveAttribute('tabindex', '0');
    const { scrollWidth, clientWidth } = await box.evaluate((element) => ({
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
    }));
    if (scrollWidth > clientWidth) {
      await box.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    }
  }
  // No column collapses to a word per line.
  const narrowest = await page
    .locator('.prose .table-scroll td')
    .evaluateAll((cells) => Math.min(...cells.map((cell) => cell.getBoundingClientRect().width)));
  expect(narrowest).toBeGreaterThanOrEqual(100);
  const figure = page.locator('.figure').first();
  await expect(figure.getByText('swipe sideways')).toBeVisible();
  await expect(figure.locator('.figure-body')).toHaveAttribute('tabindex', '0');
});

test('the menu closes on Esc and on a tap outside, and marks the current section', async ({ page }) => {
  await page.goto(echo.path);
  const menu = page.getByRole('navigation', { name: 'Main menu' });
  const toggle = page.locator('summary', { hasText: 'Menu' });
  await toggle.tap();
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('link', { name: SECTIONS['voice-rooms'].navLabel })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(toggle).toBeFocused();

  await toggle.tap();
  await expect(menu).toBeVisible();
  // The title, left of the open menu: a tap on plain text, not on a link.
  const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  await page.touchscreen.tap(title.x + 8, title.y + title.height / 2);
  await expect(menu).toBeHidden();
});

test('search and "Top" stay in reach on a long article', async ({ page }) => {
  await page.goto(echo.path);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await expect(page.getByRole('link', { name: 'Search' }).first()).toBeInViewport();
  const top = page.getByRole('link', { name: 'Top', exact: true });
  await expect(top).toBeInViewport();
  await top.tap();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(200);
});

test('controls are big enough for a thumb', async ({ page }) => {
  const small = async (selector: string) =>
    page.locator(selector).evaluateAll((elements) =>
      elements
        .filter((element) => (element as HTMLElement).offsetParent !== null)
        .map((element) => element.getBoundingClientRect())
        .filter((box) => box.width < 44 || box.height < 44)
        .map((box) => `${Math.round(box.width)}×${Math.round(box.height)}`),
    );
  await page.goto(echo.path);
  expect(await small('.heading-copy, .code-copy, .tools .button, .tools select, .toc-narrow summary')).toEqual([]);
  await page.goto(`/troubleshoot/${stutter.id}/who.some-receivers/where/`);
  expect(await small('.trail .change')).toEqual([]);
});

for (const scheme of SCHEMES) {
  test(`articles do not shift while they load (CLS < 0.1, ${scheme})`, async ({ browser, baseURL }) => {
    for (const entry of [echo, connect, faq, catalog.articles.at(-1)!]) {
      const context = await browser.newContext({ ...PHONE, colorScheme: scheme, baseURL });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const total = { value: 0 };
        (window as unknown as { __cls: typeof total }).__cls = total;
        new PerformanceObserver((list) => {
          for (const shift of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!shift.hadRecentInput) total.value += shift.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(entry.path, { waitUntil: 'load' });
      await page.waitForTimeout(500);
      const cls = await page.evaluate(() => (window as unknown as { __cls: { value: number } }).__cls.value);
      expect(cls, `${entry.id} (${scheme})`).toBeLessThan(0.1);
      await context.close();
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an article shows no control that cannot work, and keeps a way to report a problem', async ({ page }) => {
    await page.goto(echo.path);
    for (const name of ['Copy link', 'Copy as Markdown', 'Copy code', `Copy link to section: Fix`, 'Yes', 'No']) {
      await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
    }
    await expect(page.getByLabel('Colour theme')).toBeHidden();
    await expect(page.getByRole('link', { name: 'Section link: Fix' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Report a problem with this page' })).toHaveAttribute(
      'href',
      /\/issues\/new\?title=Feedback\+on\+KB-1301/,
    );
  });
});
