import { catalog, siteModel } from './content.ts';
import { conceptToken, planQuery } from '../src/lib/search/query.ts';
import { expect, test } from './fixtures.ts';

const HAN = /\p{Script=Han}/u;

/** The search terms each published article declares (its `keywords`). */
const keywordsOf = new Map(catalog.articles.map((entry) => [entry.path, entry.data.keywords]));

/** Chinese search terms writers gave, each a word a developer would type. */
const chineseQueries = [
  ...new Set(
    catalog.articles.flatMap((entry) =>
      entry.data.keywords.filter((keyword) => HAN.test(keyword) && !/\s/.test(keyword)),
    ),
  ),
].sort();

test('a Chinese keyword finds every article that declares it (recall), as the search client plans it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  expect(chineseQueries.length).toBeGreaterThan(30);
  await page.goto('/');
  const misses: string[] = [];
  let expectedTotal = 0;
  for (const query of chineseQueries) {
    const expected = [...keywordsOf].filter(([, keywords]) => keywords.includes(query)).map(([path]) => path);
    expectedTotal += expected.length;
    // What the client searches for this query: a concept token per glossary term, the rest as
    // words, or the query as typed when it has neither.
    const units = planQuery(query, siteModel.glossary).units;
    const terms =
      units.length > 0
        ? units.map((unit) => (unit.kind === 'concept' ? conceptToken(unit.concept) : unit.text))
        : [query];
    // Like the client: the Chinese pages first, then the English ones; an article counts
    // as found in either language (`/zh/x/` is `/x/`).
    const found: string[] = await page.evaluate(async (words) => {
      const paths = new Set<string>();
      for (const bundle of ['/pagefind-zh/pagefind.js', '/pagefind/pagefind.js']) {
        const pagefind = await import(/* @vite-ignore */ bundle);
        await pagefind.options({ noWorker: true });
        for (const word of words) {
          const search = await pagefind.search(word);
          for (const result of search.results)
            paths.add(new URL((await result.data()).url, location.origin).pathname.replace(/^\/zh\//, '/'));
        }
      }
      return [...paths];
    }, terms);
    for (const path of expected) if (!found.includes(path)) misses.push(`${query} → ${path}`);
  }
  const recall = 1 - misses.length / expectedTotal;
  console.log(
    `Chinese recall: ${chineseQueries.length} queries, ${expectedTotal} expected hits, recall ${(recall * 100).toFixed(1)} %`,
  );
  expect(misses).toEqual([]);
});

test('English search stems words: "freezes" finds articles about a freeze', async ({ page }) => {
  await page.goto('/search/?q=freezes');
  await expect(page.locator('.results .result-title').first()).toBeVisible();
  const titles = await page.locator('.results .result-title').allTextContents();
  expect(titles.length).toBeGreaterThan(2);
  expect(titles.some((title) => /freez/i.test(title))).toBe(true);
});
