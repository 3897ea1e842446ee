import AxeBuilder from '@axe-core/playwright';
import { article, tree, trees } from './content.ts';
import { expect, SCHEMES, test } from './fixtures.ts';
import { treeSteps } from '../src/lib/wizard/steps.ts';

const firstTree = trees[0]!;
const firstResult = treeSteps(firstTree.data).find((step) => step.kind === 'result')!;
const stutter = tree('video-stutter');
const isPhone = (page: import('@playwright/test').Page) => page.viewportSize()!.width < 600;

const PAGES: { name: string; path: string; prepare?: (page: import('@playwright/test').Page) => Promise<void> }[] = [
  { name: 'home', path: '/' },
  { name: 'scenario', path: '/voice-rooms/' },
  { name: 'article', path: article('KB-1301').path },
  { name: 'FAQ article', path: article('KB-1107').path },
  {
    name: 'search with results',
    path: '/search/?q=echo',
    prepare: async (page) => {
      await expect(page.locator('.results li').first()).toBeVisible();
    },
  },
  {
    name: 'search dialog',
    path: '/',
    prepare: async (page) => {
      await page.keyboard.press('/');
      await page.getByRole('dialog').getByRole('searchbox').fill('卡顿');
      await expect(page.getByRole('dialog').locator('.results li').first()).toBeVisible();
    },
  },
  { name: '404', path: '/no-such-page/' },
  { name: 'troubleshooter start', path: `/troubleshoot/${firstTree.id}/` },
  { name: 'troubleshooter result', path: `/troubleshoot/${firstTree.id}/${firstResult.segment}` },
  { name: 'ticket', path: `/troubleshoot/${firstTree.id}/ticket/` },
  { name: 'troubleshooter step with answers', path: `/troubleshoot/${stutter.id}/who.some-receivers/where/` },
  { name: 'outage ticket', path: `/troubleshoot/${stutter.id}/who.everyone/ticket/` },
  {
    name: 'article with "Did this help? No" open',
    path: article('KB-1201').path,
    prepare: async (page) => {
      await page.getByRole('button', { name: 'No', exact: true }).click();
      await expect(page.getByLabel('What was missing or wrong? (optional)')).toBeFocused();
    },
  },
  {
    name: 'open menu',
    path: article('KB-1301').path,
    prepare: async (page) => {
      if (!isPhone(page)) return;
      await page.locator('summary', { hasText: 'Menu' }).click();
      await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
    },
  },
  { name: 'tags', path: '/tags/' },
  { name: 'writer components', path: '/writing/' },
  // Chinese pages: Chinese tag names next to tags left in English (lang="en"), Chinese titles.
  { name: 'Chinese tag index', path: '/zh/tags/' },
  { name: 'Chinese tag', path: `/zh/tags/${article('KB-1301').data.tags[0]}/` },
  // A Chinese article with a diagram: Chinese labels, title and description inside the SVG.
  { name: 'Chinese article with a diagram', path: `/zh${article('KB-1201').path}` },
];

const VIEWPORTS = [
  { name: 'desktop', use: {} },
  { name: '360 px phone', use: { viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true } },
];

for (const scheme of SCHEMES) {
  for (const viewport of VIEWPORTS) {
    test.describe(`${scheme} theme, ${viewport.name}`, () => {
      test.use({ colorScheme: scheme, ...viewport.use });
      for (const target of PAGES) {
        test(`axe finds no violation on the ${target.name} page`, async ({ page }) => {
          await page.goto(target.path);
          await target.prepare?.(page);
          const { violations } = await new AxeBuilder({ page }).analyze();
          expect(
            violations.map(
              (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
            ),
          ).toEqual([]);
        });
      }
    });
  }
}

test.describe('on a 360 px phone', () => {
  test.use(VIEWPORTS[1]!.use);
  test('axe checks that wide tables, diagrams and code can be scrolled with the keyboard', async ({ page }) => {
    await page.goto(article('KB-1201').path);
    const results = await new AxeBuilder({ page }).withRules(['scrollable-region-focusable']).analyze();
    expect(results.violations).toEqual([]);
    expect(results.passes.map((rule) => rule.id)).toContain('scrollable-region-focusable');
    expect(results.passes[0]!.nodes.length, 'scroll boxes checked').toBeGreaterThan(3);
  });
});

test('the theme menu overrides the system setting and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByLabel('Colour theme').selectOption('dark');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(13, 17, 23)');
  await page.goto(article('KB-1301').path);
  expect(await background()).toBe('rgb(13, 17, 23)');
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2aa']).analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
});

test('works with the keyboard alone: skip link, search, results', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('/');
  await page.keyboard.type('howling');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog.locator('.results a').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.locator('.results a').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('reads well on a 360 px phone: nothing wider than the screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/search/?q=echo', `/troubleshoot/${firstTree.id}/ticket/`]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});

test('on a wide screen the table of contents comes right after the article header in tab order', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const echo = article('KB-1301');
  await page.goto(echo.path);
  await page.getByRole('button', { name: 'Copy as Markdown' }).focus();
  await page.keyboard.press('Tab');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link').first()).toBeFocused();
  await expect(toc).toBeInViewport();
});
