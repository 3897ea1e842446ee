import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { SiteModel } from '../../lib/site-model.ts';
import type { Question, Ranked } from './metrics.ts';

export const QUESTIONS_FILE = new URL('../../../e2e/search-eval/questions.json', import.meta.url);
/**
 * Questions collected after ranking was last tuned, from sources the judged set does not
 * use: never looked at while changing search, so they say how it does on questions it
 * has not seen. Once a change is tuned on them, they belong in questions.json instead.
 */
export const HELD_OUT_FILE = new URL('../../../e2e/search-eval/held-out.json', import.meta.url);

/** The judged questions, without the ones excluded as unusable. */
export function loadQuestions(file: URL = QUESTIONS_FILE): Question[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as Question[]).filter((question) => !question.exclude);
}

/** Maps a result URL to the id the judgements use: `KB-1301`, `errors/ice/701`, `troubleshoot/no-audio`. */
export function resultId(site: SiteModel, url: string, base = '/'): string {
  // A Chinese page answers the same question as its English twin.
  const path = `/${decodeURIComponent(new URL(url, 'http://x').pathname).slice(base.length)}`.replace(/^\/zh\//, '/');
  const article = site.catalog.articles.find((candidate) => candidate.path === path);
  if (article) return article.id;
  const error = site.errors.find((entry) => entry.path === path);
  if (error) return `errors/${error.api}/${error.slug}`;
  const tree = /^\/troubleshoot\/([^/]+)\/$/.exec(path);
  return tree ? `troubleshoot/${tree[1]}` : path;
}

/**
 * Types each question into the real search page, as a person would, and reads the
 * first ten results the page shows. `searchPath` is `/search/` (the English site) or
 * `/zh/search/` (the Chinese one).
 */
export async function rankQuestions(
  page: Page,
  origin: string,
  questions: readonly Question[],
  site: SiteModel,
  searchPath = '/search/',
): Promise<Ranked[]> {
  const ranked: Ranked[] = [];
  // One page, and each question typed into its search box: the index loads once, as for a
  // person who searches again and again.
  await page.goto(`${origin}${searchPath}`);
  const box = page.locator('main input[type="search"]').first();
  for (const question of questions) {
    await box.fill(question.query);
    await page.waitForFunction(
      (query) => document.querySelector<HTMLElement>('[data-search-status]')?.dataset.query === query,
      question.query,
      { timeout: 15_000 },
    );
    const hrefs = await page
      .locator('[data-search-results] .results > li a.result-title')
      .evaluateAll((links) => links.slice(0, 10).map((link) => (link as HTMLAnchorElement).href));
    ranked.push({ question, results: hrefs.map((href) => resultId(site, href)) });
  }
  return ranked;
}
