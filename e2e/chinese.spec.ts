/**
 * The Chinese site at /zh/: what a Chinese-speaking developer and a support engineer
 * pasting a Chinese link do with it.
 */
import type { Page } from '@playwright/test';
import { article, catalog, chineseArticle, chineseTree, model, siteModel, trees } from './content.ts';
import { expect, test } from './fixtures.ts';
import type { Article } from '../src/lib/articles.ts';
import { paginate } from '../src/lib/catalog.ts';
import { tagLabel } from '../src/lib/tag-label.ts';
import { createT } from '../src/i18n/t.ts';
import { WRITING_TEXT } from '../src/i18n/writing.ts';
import { WRITER_COMPONENTS } from '../src/schemas/components.ts';

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

/** Each diagram a Chinese article draws, with the article: `EchoPath` in KB-1301, … */
const DIAGRAMS = new Set(
  Object.entries(WRITER_COMPONENTS).flatMap(([name, component]) =>
    'diagram' in component && component.diagram ? [name] : [],
  ),
);
const chineseDiagrams = model.translations.articles.flatMap((source) =>
  (source.facts?.components ?? [])
    .filter(({ name }) => DIAGRAMS.has(name))
    .map(({ name }) => ({ name, id: source.data!.id })),
);
/** Words kept in English in Chinese labels too: SDP and auth terms, as Chinese developers write them. */
const KEPT_IN_ENGLISH = new Set(['offer', 'answer', 'token', 'trickle']);
/** A label naming API fields or stats types (`framesPerSecond`, `inbound-rtp`): the same in every language. */
const API_LABEL = /\b[a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+-(?:rtp|source|pair)\b/;
const HAN = /\p{Script=Han}/u;

/**
 * The English prose words of a diagram's labels: 4+ letters, small ones among them, not a
 * name like `RTCPeerConnection`, and none from a label of API names.
 */
function proseWords(labels: readonly string[]): string[] {
  return labels
    .filter((label) => !API_LABEL.test(label))
    .flatMap((label) => label.match(/\b[A-Za-z]{4,}\b/g) ?? [])
    .filter((word) => /[a-z]/.test(word) && !/[a-z][A-Z]/.test(word))
    .map((word) => word.toLowerCase());
}

/** A diagram as a reader gets it: the text of its labels, title and description, and its drawing without them. */
async function drawnDiagram(page: Page, name: string) {
  const id = name.replace(/(?<!^)[A-Z]/g, (letter) => `-${letter}`).toLowerCase();
  const svg = page.locator(`.prose svg.diagram:has(title#dg-${id}-title)`);
  await expect(svg).toHaveCount(1);
  return svg.evaluate((root: SVGSVGElement) => {
    const text = (element: Element | null) => element?.textContent?.trim() ?? '';
    const drawing = root.cloneNode(true) as SVGSVGElement;
    for (const element of drawing.querySelectorAll('text, title, desc')) element.textContent = '';
    return {
      labels: [...root.querySelectorAll('text')].map(text),
      title: text(root.querySelector('title')),
      desc: text(root.querySelector('desc')),
      drawing: drawing.outerHTML,
      crowded: crowdedLabels(root),
    };

    /**
     * Labels that overlap another, leave the drawing, run over the edge of the box they are
     * written in or into another box: measured with the page's fonts, glyphs taken as 0.85 em above the
     * baseline and 0.15 em below. Rotated labels are left out.
     */
    function crowdedLabels(svg: SVGSVGElement): string[] {
      const found: string[] = [];
      const view = svg.viewBox.baseVal;
      const boxes = [...svg.querySelectorAll('text')]
        .filter((label) => !label.hasAttribute('transform'))
        .map((label) => {
          const x = label.x.baseVal[0]!.value;
          const y = label.y.baseVal[0]!.value;
          const width = label.getComputedTextLength();
          const size = parseFloat(getComputedStyle(label).fontSize);
          const anchor = getComputedStyle(label).textAnchor;
          const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
          return {
            x,
            y,
            left,
            right: left + width,
            top: y - 0.85 * size,
            bottom: y + 0.15 * size,
            text: label.textContent,
          };
        });
      for (const [index, box] of boxes.entries()) {
        if (box.left < view.x || box.right > view.x + view.width) found.push(`"${box.text}" leaves the drawing`);
        for (const rect of svg.querySelectorAll('rect')) {
          const { x, y, width, height } = rect.getBBox();
          const inside = box.x >= x && box.x <= x + width && box.y >= y && box.y <= y + height;
          const touches = box.left < x + width && x < box.right && box.top < y + height && y < box.bottom;
          if (inside && (box.left < x + 2 || box.right > x + width - 2)) found.push(`"${box.text}" runs over its box`);
          if (!inside && touches) found.push(`"${box.text}" runs into a box`);
        }
        for (const other of boxes.slice(index + 1)) {
          const apart =
            box.right <= other.left || other.right <= box.left || box.bottom <= other.top || other.bottom <= box.top;
          if (!apart) found.push(`"${box.text}" overlaps "${other.text}"`);
        }
      }
      return found;
    }
  });
}

test('Chinese articles draw diagrams', () => {
  expect(chineseDiagrams.length).toBeGreaterThan(0);
});

for (const { name, id } of chineseDiagrams) {
  test(`the ${name} diagram of ${id} speaks Chinese on the Chinese page, English on the English one, in one drawing`, async ({
    page,
  }) => {
    const { path } = article(id);
    await page.goto(path);
    const english = await drawnDiagram(page, name);
    await page.goto(`/zh${path}`);
    const chinese = await drawnDiagram(page, name);

    // Screen readers get Chinese too: the title and the description are Chinese.
    expect(chinese.title).toMatch(HAN);
    expect(chinese.desc).toMatch(HAN);
    expect(chinese.labels.filter((label) => HAN.test(label)).length, 'labels in Chinese').toBeGreaterThan(0);
    // No English word of the English labels is left in a Chinese one (API names and numbers may be).
    const left = new Set(proseWords(chinese.labels));
    const untranslated = new Set(
      proseWords(english.labels).filter((word) => left.has(word) && !KEPT_IN_ENGLISH.has(word)),
    );
    expect([...untranslated], 'English words in the Chinese labels').toEqual([]);

    // The English diagram stays English, and both languages draw the same picture.
    for (const text of [english.title, english.desc, ...english.labels]) expect(text).not.toMatch(HAN);
    expect(english.labels.length).toBe(chinese.labels.length);
    expect(chinese.drawing).toBe(english.drawing);
    // Chinese runs wider or narrower than English: every Chinese label still fits where it is drawn.
    expect(chinese.crowded).toEqual([]);
  });
}
