import { ARTICLE_TYPES, PLATFORMS, type ArticleType, type Platform } from '../schemas/article.ts';
import type { Article } from './articles.ts';
import { pagedPath, paginate, sectionTypeKey, type Catalog } from './catalog.ts';
import { SECTION_IDS, type SectionId } from '../schemas/vocabulary.ts';
import { errorsBySlug, type ErrorEntry } from './error-codes.ts';
import { ERRORS_PATH, errorApiPath, errorShortPath } from './error-paths.ts';
import type { WizardTree } from './wizard/graph.ts';
import { stepPath, treeSteps, treeWalks, walkedStepPath } from './wizard/steps.ts';

/** Every URL the site builds, as site paths without the base. One place, so links, sitemap and manifest agree. */
export const sectionPath = (section: SectionId): string => `/${section}/`;
export const sectionTypePath = (section: SectionId, type: ArticleType): string => `/${section}/type/${type}/`;
export const tagPath = (tag: string): string => `/tags/${tag}/`;
export const platformPath = (platform: Platform): string => `/platforms/${platform}/`;
export const SEARCH_PATH = '/search/';
export const TROUBLESHOOT_PATH = '/troubleshoot/';
/** The troubleshooter index's "straight to a ticket" list: where "Open a support ticket" leads. */
export const TICKET_CHOOSER_PATH = '/troubleshoot/#ticket';
export const TAGS_PATH = '/tags/';
export const PLATFORMS_PATH = '/platforms/';
export const WRITING_PATH = '/writing/';
export const GLOSSARY_PATH = '/glossary/';
export const DIAGNOSE_PATH = '/diagnose/';
export const DIAGNOSE_DUMP_PATH = '/diagnose/dump/';

/** Slugs that would collide with listing routes under a scenario folder. */
export const RESERVED_SLUGS = new Set(['type']);

export interface Redirect {
  from: string;
  to: string;
  reason: 'short-link' | 'moved' | 'error-short-link';
}

/** Short links of error codes that only one API has: `/errors/notreadableerror/` → its page. */
export function errorRedirects(errors: readonly ErrorEntry[]): Redirect[] {
  return [...errorsBySlug(errors)].flatMap(([slug, entries]) =>
    entries.length === 1
      ? [{ from: errorShortPath(slug), to: entries[0]!.path, reason: 'error-short-link' as const }]
      : [],
  );
}

/** Short links and old paths, each pointing at the article's canonical path. */
/** `/kb/1042.md`: the article as plain Markdown. */
export function articleMarkdownPath(article: Article): string {
  return `/kb/${article.number}.md`;
}

export function articleRedirects(articles: readonly Article[]): Redirect[] {
  return articles.flatMap((article) => [
    { from: article.shortPath, to: article.path, reason: 'short-link' as const },
    ...article.data.redirectFrom.map((from) => ({ from, to: article.path, reason: 'moved' as const })),
  ]);
}

export interface SitePage {
  path: string;
  kind:
    | 'home'
    | 'article'
    | 'section'
    | 'listing'
    | 'search'
    | 'wizard-start'
    | 'wizard-step'
    | 'about'
    | 'error'
    | 'error-choice'
    | 'tool';
}

/**
 * Whether a page has a Chinese version at `/zh/<path>`: every page does; files that are
 * not pages (`.md`, `.json`) do not.
 */
export function hasChinese(path: string): boolean {
  return !/\.[a-z]+$/.test(path);
}

/** The Chinese short links and old paths, mirroring the English ones. */
export function chineseRedirects(redirects: readonly Redirect[]): Redirect[] {
  return redirects.map((redirect) => ({ ...redirect, from: `/zh${redirect.from}`, to: `/zh${redirect.to}` }));
}

/** Every page, and with Chinese among the languages, its `/zh/` twin where it has one. */
export function sitePages(
  catalog: Catalog,
  trees: readonly WizardTree[],
  errors: readonly ErrorEntry[] = [],
  languages: readonly string[] = ['en'],
): SitePage[] {
  const pages = englishPages(catalog, trees, errors);
  if (!languages.includes('zh')) return pages;
  return [
    ...pages,
    ...pages.filter((page) => hasChinese(page.path)).map((page) => ({ ...page, path: `/zh${page.path}` })),
  ];
}

function englishPages(catalog: Catalog, trees: readonly WizardTree[], errors: readonly ErrorEntry[]): SitePage[] {
  const pages: SitePage[] = [
    { path: '/', kind: 'home' },
    { path: SEARCH_PATH, kind: 'search' },
    { path: TROUBLESHOOT_PATH, kind: 'listing' },
    { path: TAGS_PATH, kind: 'listing' },
    { path: PLATFORMS_PATH, kind: 'listing' },
    { path: WRITING_PATH, kind: 'about' },
    { path: GLOSSARY_PATH, kind: 'listing' },
    { path: DIAGNOSE_PATH, kind: 'tool' },
    { path: DIAGNOSE_DUMP_PATH, kind: 'tool' },
  ];
  for (const article of catalog.articles) pages.push({ path: article.path, kind: 'article' });
  for (const section of SECTION_IDS) {
    pages.push({ path: sectionPath(section), kind: 'section' });
    for (const type of ARTICLE_TYPES) {
      const list = catalog.bySectionAndType.get(sectionTypeKey(section, type)) ?? [];
      if (list.length > 0) pages.push(...listingPages(sectionTypePath(section, type), list));
    }
  }
  for (const [tag, list] of catalog.byTag) pages.push(...listingPages(tagPath(tag), list));
  for (const platform of PLATFORMS) {
    const list = catalog.byPlatform.get(platform) ?? [];
    if (list.length > 0) pages.push(...listingPages(platformPath(platform), list));
  }
  if (errors.length > 0) {
    pages.push({ path: ERRORS_PATH, kind: 'listing' });
    for (const api of new Set(errors.map((entry) => entry.api)))
      pages.push({ path: errorApiPath(api), kind: 'listing' });
    for (const entry of errors) pages.push({ path: entry.path, kind: 'error' });
    for (const [slug, shared] of errorsBySlug(errors)) {
      if (shared.length > 1) pages.push({ path: errorShortPath(slug), kind: 'error-choice' });
    }
  }
  for (const tree of trees) {
    for (const step of treeSteps(tree.data)) {
      pages.push({ path: stepPath(tree.id, step.segment), kind: step.segment === '' ? 'wizard-start' : 'wizard-step' });
    }
    // The same steps with the answers so far in the path (noindex, canonical to the plain step).
    for (const walk of treeWalks(tree.data)) pages.push({ path: walkedStepPath(tree.id, walk), kind: 'wizard-step' });
  }
  return pages;
}

function listingPages(basePath: string, list: readonly Article[]): SitePage[] {
  return paginate(list).map(({ page }) => ({ path: pagedPath(basePath, page), kind: 'listing' as const }));
}
