import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog, article } from './content.ts';
import { expect, test } from './fixtures.ts';
import { loadSiteConfig } from '../src/lib/site-config.ts';
import { SECTIONS } from '../src/lib/sections.ts';

const site = loadSiteConfig();
const shortUrl = (id: string) => new URL(article(id).shortPath, site.url).toString();

test('every short link and old path has a redirect page that points at its article', () => {
  const dist = process.env.KB_E2E_DIST!;
  for (const entry of catalog.articles) {
    for (const from of [entry.shortPath, ...entry.data.redirectFrom]) {
      const html = readFileSync(join(dist, from, 'index.html'), 'utf8');
      expect(html, from).toContain(`<meta name="kb:redirect" content="${entry.path}">`);
      expect(html, from).toContain(`<meta http-equiv="refresh" content="0; url=${entry.path}">`);
    }
  }
});

test('a short link opens its article and keeps the heading anchor', async ({ page }) => {
  const echo = article('KB-1301');
  await page.goto(`${echo.shortPath}#fix`);
  await expect(page).toHaveURL(new RegExp(`${echo.path}#fix$`));
  await expect(page.getByRole('heading', { level: 1, name: echo.data.title })).toBeVisible();
});

test('"Edit this page" opens the file a writer changes, in the repository, in each language', async ({ page }) => {
  const echo = article('KB-1301');
  const edit = `${site.repository.replace(/\/$/, '')}/edit/${site.branch}/`;
  await page.goto(echo.path);
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute('href', `${edit}${echo.file}`);
  await page.goto(`/zh${echo.path}`);
  await expect(page.getByRole('link', { name: '编辑本页' })).toHaveAttribute(
    'href',
    `${edit}${echo.file.replace(/^content\//, 'content/zh/')}`,
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a short link still redirects, through the meta refresh', async ({ page }) => {
    const echo = article('KB-1301');
    await page.goto(echo.shortPath);
    await expect(page).toHaveURL(new RegExp(`${echo.path}$`));
  });
});

test('the build writes a _redirects file with every short link', () => {
  const redirects = readFileSync(join(process.env.KB_E2E_DIST!, '_redirects'), 'utf8');
  for (const entry of catalog.articles) expect(redirects).toContain(`${entry.shortPath}  ${entry.path}  301`);
});

test('copy buttons put the short link and the Markdown link on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const echo = article('KB-1301');
  await page.goto(echo.path);
  const read = () => page.evaluate(() => navigator.clipboard.readText());

  await page.getByRole('button', { name: 'Copy link', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Copied ✓' })).toBeVisible();
  expect(await read()).toBe(shortUrl('KB-1301'));

  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  expect(await read()).toBe(`[KB-1301 · ${echo.data.title}](${shortUrl('KB-1301')})`);

  await page.getByRole('button', { name: 'Copy link to section: Fix' }).click();
  expect(await read()).toBe(`${shortUrl('KB-1301')}#fix`);
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeAttached();
});

test('copying still works where the Clipboard API is missing', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
  });
  await page.goto(article('KB-1301').path);
  const button = page.locator('[data-article-actions] [data-copy]').first();
  await button.click();
  await expect(button).toHaveText(/Copied ✓|Select and copy/);
  if ((await button.textContent()) === 'Copied ✓') {
    // The execCommand fallback wrote to the system clipboard: read it from a page that has the API.
    const reader = await context.newPage();
    await reader.goto('/');
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(shortUrl('KB-1301'));
    await reader.close();
  } else {
    // Last resort: the short link is left selected in its field, ready for Ctrl+C.
    const selected = await page.evaluate(() => {
      const field = document.activeElement as HTMLInputElement;
      return field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0);
    });
    expect(selected).toBe(shortUrl('KB-1301'));
  }
});

test('an article page emits canonical, OpenGraph, Twitter and JSON-LD for link previews', async ({ page }) => {
  const echo = article('KB-1301');
  await page.goto(echo.path);
  const meta = (selector: string) => page.locator(selector).getAttribute('content');
  const canonical = new URL(echo.path, site.url).toString();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical);
  expect(await meta('meta[property="og:title"]')).toBe(echo.data.title);
  expect(await meta('meta[property="og:description"]')).toBe(echo.data.summary);
  expect(await meta('meta[property="og:site_name"]')).toBe(site.productName);
  expect(await meta('meta[property="og:url"]')).toBe(canonical);
  expect(await meta('meta[property="og:type"]')).toBe('article');
  expect(await meta('meta[property="article:section"]')).toBe(SECTIONS['voice-rooms'].name);
  expect(await meta('meta[name="twitter:card"]')).toBe('summary');
  expect(await meta('meta[name="twitter:data1"]')).toBe(SECTIONS['voice-rooms'].name);

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: echo.data.title,
    description: echo.data.summary,
    identifier: 'KB-1301',
    url: canonical,
    inLanguage: 'en',
  });
  expect(jsonLd.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test('a FAQ article emits FAQPage JSON-LD with every question and its answer', async ({ page }) => {
  const faq = catalog.articles.find((entry) => entry.data.type === 'faq')!;
  await page.goto(faq.path);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd['@type']).toBe('FAQPage');
  const questions = await page.locator('.prose h2').allTextContents();
  expect(jsonLd.mainEntity.map((entry: { name: string }) => entry.name)).toEqual(questions);
  for (const entry of jsonLd.mainEntity) {
    expect(entry).toMatchObject({ '@type': 'Question', acceptedAnswer: { '@type': 'Answer' } });
    expect(entry.acceptedAnswer.text.length).toBeGreaterThan(20);
  }
});

test('machine-readable copies: /kb/<n>.md, llms.txt, the sitemap and robots.txt', async ({ request }) => {
  const echo = article('KB-1301');
  const markdown = await request.get(`/kb/${echo.number}.md`);
  expect(markdown.headers()['content-type']).toContain('text/markdown');
  const text = await markdown.text();
  expect(text.startsWith(`# ${echo.data.title}\n`)).toBe(true);
  expect(text).toContain(`- Id: KB-1301 (${shortUrl('KB-1301')})`);
  expect(text).not.toMatch(/^import /m);

  const llms = await (await request.get('/llms.txt')).text();
  for (const entry of catalog.articles) expect(llms).toContain(`(${new URL(`/kb/${entry.number}.md`, site.url)})`);

  const index = await (await request.get('/sitemap-index.xml')).text();
  const part = /<loc>[^<]*(\/sitemap-\d+\.xml)<\/loc>/.exec(index)![1]!;
  const sitemap = await (await request.get(part)).text();
  const updated = article('KB-1301');
  expect(sitemap).toContain(
    `<loc>${new URL(updated.path, site.url)}</loc><lastmod>${updated.data.updated.toISOString().slice(0, 10)}`,
  );
  for (const entry of catalog.articles) expect(sitemap).toContain(`<loc>${new URL(entry.path, site.url)}</loc>`);
  expect(sitemap).not.toContain('/kb/');

  expect(await (await request.get('/robots.txt')).text()).toContain(
    `Sitemap: ${new URL('/sitemap-index.xml', site.url)}`,
  );
});
