/**
 * The Chinese site at /zh/: what a Chinese-speaking developer and a support engineer
 * pasting a Chinese link do with it.
 */
import { article, chineseArticle, chineseTree, trees } from './content.ts';
import { expect, test } from './fixtures.ts';

const echo = article('KB-1301');
const echoZh = chineseArticle('KB-1301');

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

test('links on a Chinese page stay on the Chinese site, except to pages that only exist in English', async ({
  page,
}) => {
  await page.goto(`/zh${echo.path}`);
  const nav = page.getByRole('navigation', { name: '主导航' });
  for (const href of await nav.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href'))))
    expect(href).toMatch(/^\/zh\//);
  await expect(nav.getByRole('link', { name: '自助检测' })).toHaveAttribute('href', '/zh/diagnose/');
  await expect(page.getByRole('contentinfo').locator('a[href="/tags/"]')).toHaveCount(1);
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
