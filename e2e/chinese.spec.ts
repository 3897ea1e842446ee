/**
 * The Chinese site at /zh/: what a Chinese-speaking developer and a support engineer
 * pasting a Chinese link do with it.
 */
import type { Page } from '@playwright/test';
import { article, catalog, chineseArticle, chineseTree, siteModel, trees } from './content.ts';
import { expect, test } from './fixtures.ts';
import type { Article } from '../src/lib/articles.ts';
import { paginate } from '../src/lib/catalog.ts';
import { tagLabel } from '../src/lib/tag-label.ts';
import { createT } from '../src/i18n/t.ts';
import { WRITING_TEXT } from '../src/i18n/writing.ts';

const echo = article('KB-1301');
const echoZh = chineseArticle('KB-1301');
const zhT = createT('zh');

test('a support link /zh/kb/<n>/#fix opens the Chinese article at the same section', async ({ page }) => {
  await page.goto(`/zh/kb/${echo.number}/#fix`);
  await expect(page).toHaveURL(new RegExp(`/zh${echo.path}#fix$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(echoZh.title);
  await expect(page.locator('#fix')).toBeInViewport();
  // The short link the page hands out is the Chinese one.
  await expect(page.locator('[data-article-actions]')).toHaveAttribute(
    'data-short-link',
    new RegExp(`/zh/kb/${echo.number}/$`),
  );
});

test('the language switch keeps the page and the anchor, both ways, and hreflang names both', async ({ page }) => {
  await page.goto(`${echo.path}#fix`);
  await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute(
    'href',
    new RegExp(`/zh${echo.path}$`),
  );
  await page.getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(new RegExp(`/zh${echo.path}#fix$`));
  await expect(page.locator('#fix')).toBeInViewport();
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    'href',
    new RegExp(`[^h]${echo.path}$`),
  );
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`[^h]${echo.path}#fix$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test("links on a Chinese page stay on the Chinese site: nav, diagnostics and the footer's browsing lists", async ({
  page,
}) => {
  await page.goto(`/zh${echo.path}`);
  const nav = page.getByRole('navigation', { name: '主导航' });
  for (const href of await nav.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href'))))
    expect(href).toMatch(/^\/zh\//);
  await expect(nav.getByRole('link', { name: '自助检测' })).toHaveAttribute('href', '/zh/diagnose/');
  // Tags, platforms and the writers' page have Chinese twins: the footer leads there.
  const footer = page.getByRole('contentinfo');
  for (const path of ['/tags/', '/platforms/', '/writing/'])
    await expect(footer.locator(`a[href="/zh${path}"]`)).toHaveCount(1);
});

/** English interface text of the listing pages, none of which may show on their Chinese twins. */
const ENGLISH_LISTING =
  /Tagged|\d+ articles|Page \d+ of|Previous|Next →|\bHome\b|· (Guide|FAQ|Troubleshooting|Reference)\b/;

/** The titles a listing page shows, which must be the Chinese titles of its articles. */
async function expectChineseTitles(page: Page, articles: readonly Article[]) {
  const shown = await page.locator('.article-list .title').allInnerTexts();
  expect(shown.map((title) => title.trim())).toEqual(articles.map((entry) => chineseArticle(entry.id).title));
  expect(await page.locator('main').innerText()).not.toMatch(ENGLISH_LISTING);
}

const echoTag = echo.data.tags[0]!;
const echoTagName = tagLabel(echoTag, 'zh', siteModel.concepts);

test('from a Chinese article, the tag index leads to the tag’s Chinese page: Chinese name, heading and titles', async ({
  page,
}) => {
  expect(echoTagName, 'the glossary names the tag in Chinese').toMatch(/\p{Script=Han}/u);
  const tagged = catalog.byTag.get(echoTag)!;
  await page.goto(`/zh${echo.path}`);
  await page
    .getByRole('contentinfo')
    .getByRole('link', { name: zhT('footer.tags') })
    .click();
  await expect(page).toHaveURL(/\/zh\/tags\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zhT('tags.title'));
  await page
    .getByRole('link', { name: `${echoTagName} ${zhT('tags.count', { count: tagged.length })}`, exact: true })
    .click();
  await expect(page).toHaveURL(new RegExp(`/zh/tags/${echoTag}/$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zhT('tag.title', { tag: echoTagName }));
  await expectChineseTitles(page, paginate(tagged)[0]!.items);
  await expect(page.locator('.article-list .title').first()).toHaveAttribute('href', `/zh${tagged[0]!.path}`);
});

test('a tag page and its Chinese twin name each other in hreflang, and the language switch goes between them', async ({
  page,
}) => {
  const path = `/tags/${echoTag}/`;
  await page.goto(path);
  await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute(
    'href',
    new RegExp(`/zh${path}$`),
  );
  await page.getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(new RegExp(`/zh${path}$`));
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    'href',
    new RegExp(`[^h]${path}$`),
  );
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`[^h]${path}$`));
});

test('/zh/platforms/ios/ lists the iOS articles by their Chinese titles, and its next page is Chinese too', async ({
  page,
}) => {
  const [first, second] = paginate(catalog.byPlatform.get('ios')!);
  expect(second, 'iOS has more articles than fit on a page').toBeDefined();
  await page.goto('/zh/platforms/ios/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zhT('platform.title', { platform: 'iOS' }));
  await expect(
    page.getByRole('navigation', { name: '面包屑导航' }).getByRole('link', { name: '平台' }),
  ).toHaveAttribute('href', '/zh/platforms/');
  await expectChineseTitles(page, first!.items);
  const pages = page.getByRole('navigation', { name: zhT('pagination.label') });
  await expect(pages).toContainText(zhT('pagination.status', { page: 1, count: first!.pageCount }));
  await pages.getByRole('link', { name: zhT('pagination.next') }).click();
  await expect(page).toHaveURL(/\/zh\/platforms\/ios\/2\/$/);
  await expect(page).toHaveTitle(
    new RegExp(`^${zhT('listing.pageTitle', { title: zhT('platform.title', { platform: 'iOS' }), page: 2 })}`),
  );
  await expectChineseTitles(page, second!.items);
  await expect(pages.getByRole('link', { name: zhT('pagination.previous') })).toHaveAttribute(
    'href',
    '/zh/platforms/ios/',
  );
});

test('a Chinese type listing lists Chinese titles, and none of its links leaves /zh/', async ({ page }) => {
  const path = `/${echo.section}/type/${echo.data.type}/`;
  const [first] = paginate(catalog.bySectionAndType.get(`${echo.section}/${echo.data.type}`)!);
  await page.goto(`/zh${path}`);
  await expectChineseTitles(page, first!.items);
  const links = await page
    .locator('main a[href^="/"]')
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
  for (const href of links) expect(href).toMatch(/^\/zh\//);
});

test('/zh/writing/ is the writers’ guide in Chinese, with Chinese examples', async ({ page }) => {
  await page.goto('/zh/writing/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(WRITING_TEXT.zh.title);
  await expect(page.getByRole('heading', { level: 3, name: WRITING_TEXT.zh.result }).first()).toBeVisible();
  // The examples render as a Chinese article does: Chinese callout label, Chinese code-bar button.
  await expect(page.locator('.result').first()).toContainText(zhT('callout.warning'));
  expect(await page.locator('main').innerText()).not.toMatch(/Writer components|Result|Diagrams|\bCopy\b/);
});

test('searching 回声 on the Chinese site lists the Chinese article, and a pasted code finds its Chinese page', async ({
  page,
}) => {
  await page.goto('/zh/search/?q=回声');
  const results = page.locator('.results');
  await expect(results.getByRole('link', { name: echoZh.title }).first()).toHaveAttribute('href', `/zh${echo.path}`);
  await expect(page.getByRole('status').first()).toContainText('条结果');

  await page.goto('/zh/search/?q=NotReadableError');
  const first = page.locator('.results > li').first().locator('a').first();
  await expect(first).toHaveAttribute('href', /^\/zh\/errors\/getusermedia\//);
});

test('from an English page, a Chinese query finds the Chinese article', async ({ page }) => {
  await page.goto('/search/?q=回声');
  await expect(page.locator(`.results a[href="/zh${echo.path}"]`).first()).toBeVisible();
});

test('a Chinese troubleshooter asks in Chinese and writes the ticket in Chinese', async ({ page }) => {
  const id = trees[0]!.id;
  const zh = chineseTree(id);
  await page.goto(`/zh/troubleshoot/${id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.title);
  await page.goto(`/zh/troubleshoot/${id}/ticket/`);
  const preview = page.locator('[data-ticket-preview]');
  await expect(preview).toContainText(`现象:** ${zh.title}`);
  await expect(preview).toContainText('复现步骤');
  await expect(preview).toContainText(`/zh/troubleshoot/${id}/`);
});

test('the interface around Chinese content is Chinese too: article, error code, search, ticket', async ({ page }) => {
  // English interface text that used to be hard-coded; none of it may show on a Chinese page.
  const english =
    /Related articles|Also seen as|What it means|Likely causes|Error codes:|Filters|Troubleshooter: |Service down|Breadcrumbs|\bHome\b/;
  const visibleText = () => page.locator('main').innerText();

  await page.goto(`/zh${echo.path}`);
  await expect(page.getByRole('navigation', { name: '面包屑导航' }).getByRole('link', { name: '首页' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '相关文章' })).toBeVisible();
  expect(await visibleText()).not.toMatch(english);

  await page.goto('/zh/errors/getusermedia/notreadableerror/');
  await expect(page.getByRole('heading', { name: '可能原因' })).toBeVisible();
  expect(await visibleText()).not.toMatch(english);

  await page.goto('/zh/search/?q=NotReadableError');
  const first = page.locator('.results > li').first();
  await expect(first.locator('.chip', { hasText: '错误码' })).toBeVisible();
  await expect(page.locator('[data-search-filters] legend').first()).toHaveText('场景');

  await page.goto(`/zh/troubleshoot/${trees[0]!.id}/ticket/`);
  await expect(page.locator('.severity')).toContainText('P0 · 服务不可用');
  await expect(page.locator('[data-ticket-preview]')).toContainText('频道号或房间号');
  expect(await visibleText()).not.toMatch(english);
});

test('a broken /zh/ link answers 404 with the Chinese page, which searches the words of the link', async ({ page }) => {
  const response = await page.goto('/zh/voice-rooms/echo-howling/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zhT('notFound.title'));
  await expect(page.getByRole('searchbox')).toHaveValue('echo howling');
  await expect(page.locator('.results a').first()).toHaveAttribute('href', /^\/zh\//);
});
