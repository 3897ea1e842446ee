import { catalog, model } from './content.ts';
import { expect, test } from './fixtures.ts';

const HAN = /\p{Script=Han}/u;

/** Everything of an article that is on its page: title, summary, keywords and body. */
const pageText = new Map(
  model.articles
    .filter((source) => source.article && !source.article.data.draft)
    .map((source) => {
      const data = source.data!;
      return [source.article!.path, [data.title, data.summary, ...data.keywords, source.text].join('\n')];
    }),
);

/** Chinese search terms writers gave, each a word a developer would type. */
const chineseQueries = [
  ...new Set(
    catalog.articles.flatMap((entry) =>
      entry.data.keywords.filter((keyword) => HAN.test(keyword) && !/\s/.test(keyword)),
    ),
  ),
].sort();

test('Chinese queries find every article that contains them (recall), from an English page', async ({ page }) => {
  test.setTimeout(180_000);
  expect(chineseQueries.length).toBeGreaterThan(30);
  await page.goto('/');
  const misses: string[] = [];
  let expectedTotal = 0;
  for (const query of chineseQueries) {
    const expected = [...pageText].filter(([, text]) => text.includes(query)).map(([path]) => path);
    expectedTotal += expected.length;
    const found: string[] = await page.evaluate(async (q) => {
      const bundle = '/pagefind-zh/pagefind.js';
      const pagefind = await import(/* @vite-ignore */ bundle);
      const search = await pagefind.search(q);
      const data = await Promise.all(
        search.results.map((result: { data(): Promise<{ url: string }> }) => result.data()),
      );
      return data.map((entry) => new URL(entry.url, location.origin).pathname);
    }, query);
    for (const path of expected) if (!found.includes(path)) misses.push(`${query} → ${path}`);
  }
  const recall = 1 - misses.length / expectedTotal;
  console.log(
    `Chinese recall: ${chineseQueries.length} queries, ${expectedTotal} expected hits, recall ${(recall * 100).toFixed(1)} %`,
  );
  expect(misses).toEqual([]);
});

test('an exact error code puts the article that carries it first', async ({ page }) => {
  // One fresh search page per code (59 and counting), each loading the index: past a minute on a busy CI machine.
  test.setTimeout(180_000);
  const codes = catalog.articles.flatMap((entry) => entry.data.errorCodes.map((code) => ({ code, id: entry.id })));
  expect(codes.length).toBeGreaterThan(5);
  for (const { code } of codes) {
    await page.goto(`/search/?q=${encodeURIComponent(code)}`);
    const first = page.locator('.results > li').first();
    await expect(first, code).toBeVisible();
    const carriers = catalog.articles.filter((entry) => entry.data.errorCodes.includes(code)).map((entry) => entry.id);
    const shownId = await first.locator('.chip').first().textContent();
    expect(carriers, `first result for ${code}`).toContain(shownId);
  }
});

test('English search stems words: "freezes" finds articles about a freeze', async ({ page }) => {
  await page.goto('/search/?q=freezes');
  await expect(page.locator('.results .result-title').first()).toBeVisible();
  const titles = await page.locator('.results .result-title').allTextContents();
  expect(titles.length).toBeGreaterThan(2);
  expect(titles.some((title) => /freez/i.test(title))).toBe(true);
});
