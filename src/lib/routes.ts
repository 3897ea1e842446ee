import { ARTICLE_TYPES, PLATFORMS, type ArticleType, type Platform } from '../schemas/article.ts';
import type { Article } from './articles.ts';
import { pagedPath, paginate, type Catalog } from './catalog.ts';
import { SECTION_IDS, type SectionId } from './sections.ts';
import type { WizardTree } from './wizard/graph.ts';
import { stepPath, treeSteps } from './wizard/steps.ts';

/** Every URL the site builds, as site paths without the base. One place, so links, sitemap and manifest agree. */
export const sectionPath = (section: SectionId): string => `/${section}/`;
export const sectionTypePath = (section: SectionId, type: ArticleType): string => `/${section}/type/${type}/`;
export const tagPath = (tag: string): string => `/tags/${tag}/`;
export const platformPath = (platform: Platform): string => `/platforms/${platform}/`;
export const SEARCH_PATH = '/search/';
export const TROUBLESHOOT_PATH = '/troubleshoot/';
export const TAGS_PATH = '/tags/';
export const PLATFORMS_PATH = '/platforms/';
export const WRITING_PATH = '/writing/';
export const DIAGNOSE_PATH = '/diagnose/';
export const DIAGNOSE_DUMP_PATH = '/diagnose/dump/';

/** Slugs that would collide with listing routes under a scenario folder. */
export const RESERVED_SLUGS = new Set(['type']);

export interface Redirect {
  from: string;
  to: string;
  reason: 'short-link' | 'moved';
}

/** Short links and old paths, each pointing at the article's canonical path. */
export function articleRedirects(articles: readonly Article[]): Redirect[] {
  return articles.flatMap((article) => [
    { from: article.shortPath, to: article.path, reason: 'short-link' as const },
    ...article.data.redirectFrom.map((from) => ({ from, to: article.path, reason: 'moved' as const })),
  ]);
}

export interface SitePage {
  path: string;
  kind: 'home' | 'article' | 'section' | 'listing' | 'search' | 'wizard-start' | 'wizard-step' | 'about' | 'tool';
}

export function sitePages(catalog: Catalog, trees: readonly WizardTree[]): SitePage[] {
  const pages: SitePage[] = [
    { path: '/', kind: 'home' },
    { path: SEARCH_PATH, kind: 'search' },
    { path: TROUBLESHOOT_PATH, kind: 'listing' },
    { path: TAGS_PATH, kind: 'listing' },
    { path: PLATFORMS_PATH, kind: 'listing' },
    { path: WRITING_PATH, kind: 'about' },
    { path: DIAGNOSE_PATH, kind: 'tool' },
    { path: DIAGNOSE_DUMP_PATH, kind: 'tool' },
  ];
  for (const article of catalog.articles) pages.push({ path: article.path, kind: 'article' });
  for (const section of SECTION_IDS) {
    pages.push({ path: sectionPath(section), kind: 'section' });
    for (const type of ARTICLE_TYPES) {
      const list = catalog.bySectionAndType.get(`${section}/${type}`) ?? [];
      if (list.length > 0) pages.push(...listingPages(sectionTypePath(section, type), list));
    }
  }
  for (const [tag, list] of catalog.byTag) pages.push(...listingPages(tagPath(tag), list));
  for (const platform of PLATFORMS) {
    const list = catalog.byPlatform.get(platform) ?? [];
    if (list.length > 0) pages.push(...listingPages(platformPath(platform), list));
  }
  for (const tree of trees) {
    for (const step of treeSteps(tree.data)) {
      pages.push({ path: stepPath(tree.id, step.segment), kind: step.segment === '' ? 'wizard-start' : 'wizard-step' });
    }
  }
  return pages;
}

function listingPages(basePath: string, list: readonly Article[]): SitePage[] {
  return paginate(list).map(({ page }) => ({ path: pagedPath(basePath, page), kind: 'listing' as const }));
}
