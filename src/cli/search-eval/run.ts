import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { SiteModel } from '../../lib/site-model.ts';
import type { Question, Ranked } from './metrics.ts';

export const QUESTIONS_FILE = new URL('../../../e2e/search-eval/questions.json', import.meta.url);

/** The judged questions, without the ones excluded as unusable. */
export function loadQuestions(): Question[] {
  return (JSON.parse(readFileSync(QUESTIONS_FILE, 'utf8')) as Question[]).filter((question) => !question.exclude);
}

/** Maps a result URL to the id the judgements use: `KB-1301`, `errors/ice/701`, `troubleshoot/no-audio`. */
export function resultId(site: SiteModel, url: string, base = '/'): string {
  const path = `/${decodeURIComponent(new URL(url, 'http://x').pathname).slice(base.length)}`;
  const article = site.catalog.articles.find((candidate) => candidate.path === path);
  if (article) return article.id;
  const error = site.errors.find((entry) => entry.path === path);
  if (error) return `errors/${error.api}/${error.slug}`;
  const tree = /^\/troubleshoot\/([^/]+)\/$/.exec(path);
  return tree ? `troubleshoot/${tree[1]}` : path;
}

/**
 * Types each question into the real search page, as a person would, and reads the
 * first ten results the page shows.
 */
export async function rankQuestions(
  page: Page,
  origin: string,
  questions: readonly Question[],
  site: SiteModel,
): Promise<Ranked[]> {
  const ranked: Ranked[] = [];
  for (const question of questions) {
    await page.goto(`${origin}/search/?q=${encodeURIComponent(question.query)}`);
    const status = page.locator('[data-search-status]').first();
    await status.filter({ hasText: /result/i }).waitFor({ timeout: 15_000 });
    const hrefs = await page
      .locator('[data-search-results] .results > li a.result-title')
      .evaluateAll((links) => links.slice(0, 10).map((link) => (link as HTMLAnchorElement).href));
    ranked.push({ question, results: hrefs.map((href) => resultId(site, href)) });
  }
  return ranked;
}
