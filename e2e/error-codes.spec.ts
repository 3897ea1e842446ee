import { siteModel } from './content.ts';
import { expect, test } from './fixtures.ts';
import { errorKey } from '../src/lib/error-key.ts';
import { errorsBySlug, findErrors, type ErrorEntry } from '../src/lib/error-codes.ts';
import { stepPath, treeSteps } from '../src/lib/wizard/steps.ts';
import { errorShortPath } from '../src/lib/error-paths.ts';

const { errors } = siteModel;
const apis = [...new Set(errors.map((entry) => entry.api))];
const namesOf = (entry: ErrorEntry) => [entry.code.code, ...entry.code.aliases, ...entry.code.messages];

/** Every page whose code, alias or message is exactly what was typed (case, spaces and punctuation aside). */
const pagesFor = (query: string) =>
  errors.filter((entry) => namesOf(entry).some((name) => errorKey(name) === errorKey(query)));

for (const api of apis) {
  test(`searching any ${api} code, alias or message puts its page first`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto('/search/');
    const box = page.getByRole('searchbox');
    const status = page.locator('[data-search-status]').first();
    const misses: string[] = [];
    for (const entry of errors.filter((candidate) => candidate.api === api)) {
      // The code, each alias, and the first message people paste.
      for (const query of [entry.code.code, ...entry.code.aliases, ...entry.code.messages.slice(0, 1)]) {
        const expected = pagesFor(query);
        await box.fill(query);
        await status.filter({ hasText: `“${query.trim()}”` }).waitFor();
        const shown = await page
          .locator('.results > li a.result-title')
          .evaluateAll((links) => links.slice(0, 8).map((link) => new URL((link as HTMLAnchorElement).href).pathname));
        const top = shown.slice(0, expected.length);
        const missing = expected.filter((other) => !top.includes(other.path));
        if (missing.length > 0)
          misses.push(
            `"${query}" → ${shown.slice(0, 3).join(' ')}; expected first: ${expected.map((e) => e.path).join(' ')}`,
          );
      }
    }
    expect(misses).toEqual([]);
  });
}

test('a numeric code two APIs share shows both pages, each labelled with its API', async ({ page }) => {
  const shared = [...errorsBySlug(errors)].find(
    ([, entries]) => entries.length > 1 && /^\d+$/.test(entries[0]!.code.code),
  );
  expect(shared, 'the content has a numeric code shared by two APIs').toBeDefined();
  const [slug, entries] = shared!;
  await page.goto(`/search/?q=${encodeURIComponent(entries[0]!.code.code)}`);
  const titles = page.locator('.results > li a.result-title');
  await expect(titles.first()).toBeVisible();
  const top = await titles.evaluateAll(
    (links, count) => links.slice(0, count).map((link) => link.textContent ?? ''),
    entries.length,
  );
  for (const entry of entries) expect(top.some((title) => title.includes(entry.apiName))).toBe(true);

  // Its short link is a page that lets the reader choose the API.
  await page.goto(errorShortPath(slug));
  for (const entry of entries)
    await expect(page.getByRole('link', { name: new RegExp(entry.apiName) }).first()).toBeVisible();
});

test('a code’s short link lands on its page, which says what it means and links the articles', async ({ page }) => {
  const entry = errors.find((candidate) => candidate.code.code === 'NotReadableError')!;
  await page.goto(errorShortPath(entry.slug));
  await expect(page).toHaveURL(new RegExp(`${entry.path}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('NotReadableError');
  await expect(page.getByText(entry.code.meaning.replace(/`/g, '').slice(0, 40)).first()).toBeVisible();
  for (const id of entry.code.articles.slice(0, 1)) {
    const target = siteModel.catalog.byId.get(id)!;
    await expect(page.getByRole('link', { name: target.data.title }).first()).toBeVisible();
  }
});

test('the error index filters its table as you type', async ({ page }) => {
  await page.goto('/errors/');
  const rows = page.locator('[data-error-row]:visible');
  const all = await rows.count();
  expect(all).toBe(errors.length);
  await page.getByRole('searchbox').fill('!pri');
  await expect(rows).toHaveCount(pagesFor('!pri').length);
  await expect(rows.first()).toContainText('!pri');
});

test('/errors.json lists every code with its page', async ({ request }) => {
  const response = await request.get('/errors.json');
  expect(response.ok()).toBe(true);
  const list = (await response.json()) as { code: string; api: string; url: string }[];
  expect(list).toHaveLength(errors.length);
  const urls = new Set(list.map((item) => new URL(item.url).pathname));
  for (const entry of errors) expect(urls.has(entry.path), entry.path).toBe(true);
});

test('a troubleshooter result links the error codes its article explains, and the ticket links a typed code to its page', async ({
  page,
}) => {
  // The first result step whose recommended article names a code with a page of its own.
  const found = siteModel.trees
    .flatMap((tree) => treeSteps(tree.data).map((step) => ({ tree, step })))
    .flatMap(({ tree, step }) => {
      if (step.kind !== 'result') return [];
      const article = siteModel.catalog.byId.get(step.articles[step.index - 1]!);
      const code = article?.data.errorCodes.find((name) => findErrors(errors, name).length === 1);
      return code
        ? [{ path: stepPath(tree.id, step.segment), code, page: findErrors(errors, code)[0]!.path, tree }]
        : [];
    })[0];
  expect(found, 'some troubleshooter answer leads to an article with an error code').toBeDefined();
  await page.goto(found!.path);
  await page.locator(`a[href="${found!.page}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${found!.page}$`));

  const entry = errors.find((candidate) => candidate.code.code === 'NotReadableError')!;
  await page.goto(`/troubleshoot/${found!.tree.id}/ticket/`);
  await page.getByLabel('Error code (if the app shows or logs one)').fill('notreadableerror');
  await expect(page.locator('[data-ticket-preview]')).toContainText(`Error code:** notreadableerror ([what it means](`);
  await expect(page.locator('[data-ticket-preview]')).toContainText(`${entry.path})`);
});
