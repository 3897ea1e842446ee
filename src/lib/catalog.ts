import { ARTICLE_TYPES, PLATFORMS, type ArticleType, type Platform } from '../schemas/article.ts';
import type { Article } from './articles.ts';
import { SECTION_IDS, type SectionId } from '../schemas/vocabulary.ts';

/** Listing pages show this many articles; longer lists continue on `/2/`, `/3/`… */
export const PAGE_SIZE = 50;
/** A scenario page previews this many articles per type and links to the full list. */
export const SECTION_PREVIEW = 8;

/**
 * All published articles, indexed every way the pages need. Built once per build:
 * every page reads from it instead of walking all articles again, which keeps the
 * build linear in the number of articles.
 */
export interface Catalog {
  articles: readonly Article[];
  byId: ReadonlyMap<string, Article>;
  bySection: ReadonlyMap<SectionId, readonly Article[]>;
  bySectionAndType: ReadonlyMap<string, readonly Article[]>;
  byTag: ReadonlyMap<string, readonly Article[]>;
  byPlatform: ReadonlyMap<Platform, readonly Article[]>;
  /** Articles that list this one in `related`, or that a tree recommends: its inbound links. */
  inbound: ReadonlyMap<string, number>;
}

export function sectionTypeKey(section: SectionId, type: ArticleType): string {
  return `${section}/${type}`;
}

/** Newest review first, then by id, so listings are stable between builds. */
function byFreshness(a: Article, b: Article): number {
  return b.data.reviewed.getTime() - a.data.reviewed.getTime() || a.id.localeCompare(b.id);
}

export function buildCatalog(
  all: readonly Article[],
  treeArticleIds: readonly string[] = [],
  { includeDrafts = false } = {},
): Catalog {
  const articles = all
    .filter((article) => includeDrafts || !article.data.draft)
    .sort((a, b) => a.id.localeCompare(b.id));
  const byId = new Map(articles.map((article) => [article.id, article]));

  const bySection = new Map<SectionId, Article[]>(SECTION_IDS.map((id) => [id, []]));
  const bySectionAndType = new Map<string, Article[]>();
  const byTag = new Map<string, Article[]>();
  const byPlatform = new Map<Platform, Article[]>(PLATFORMS.map((platform) => [platform, []]));
  const inbound = new Map<string, number>();

  for (const article of articles) {
    bySection.get(article.section)?.push(article);
    push(bySectionAndType, sectionTypeKey(article.section, article.data.type), article);
    for (const tag of article.data.tags) push(byTag, tag, article);
    for (const platform of article.data.platforms) byPlatform.get(platform)?.push(article);
    for (const id of article.data.related) inbound.set(id, (inbound.get(id) ?? 0) + 1);
  }
  for (const id of treeArticleIds) inbound.set(id, (inbound.get(id) ?? 0) + 1);

  for (const list of [...bySection.values(), ...bySectionAndType.values(), ...byTag.values(), ...byPlatform.values()]) {
    list.sort(byFreshness);
  }
  return { articles, byId, bySection, bySectionAndType, byTag, byPlatform, inbound };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The article's `related` ids that are published, in the writer's order. */
export function relatedArticles(catalog: Catalog, article: Article): Article[] {
  return article.data.related.flatMap((id) => catalog.byId.get(id) ?? []);
}

/** Most linked-to articles first: what the rest of the knowledge base leans on. */
export function keyArticles(catalog: Catalog, count: number): Article[] {
  return [...catalog.articles]
    .sort((a, b) => (catalog.inbound.get(b.id) ?? 0) - (catalog.inbound.get(a.id) ?? 0) || a.id.localeCompare(b.id))
    .slice(0, count);
}

export function typesInSection(
  catalog: Catalog,
  section: SectionId,
): { type: ArticleType; articles: readonly Article[] }[] {
  return ARTICLE_TYPES.map((type) => ({
    type,
    articles: catalog.bySectionAndType.get(sectionTypeKey(section, type)) ?? [],
  })).filter((group) => group.articles.length > 0);
}

export interface ListingPage<T> {
  /** 1-based. */
  page: number;
  pageCount: number;
  items: readonly T[];
}

/** Splits a list into pages of `PAGE_SIZE`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): ListingPage<T>[] {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pageCount }, (_, index) => ({
    page: index + 1,
    pageCount,
    items: items.slice(index * size, (index + 1) * size),
  }));
}

/** `/tags/echo/` for page 1, `/tags/echo/2/` after. */
export function pagedPath(basePath: string, page: number): string {
  return page === 1 ? basePath : `${basePath}${page}/`;
}

/** The same catalog with every article passed through `map` (its text in another language), order and counts kept. */
export function mapCatalog(catalog: Catalog, map: (article: Article) => Article): Catalog {
  const byId = new Map([...catalog.byId].map(([id, article]) => [id, map(article)]));
  const remap = (list: readonly Article[]) => list.map((article) => byId.get(article.id) ?? map(article));
  const remapAll = <K>(groups: ReadonlyMap<K, readonly Article[]>) =>
    new Map([...groups].map(([key, list]) => [key, remap(list)]));
  return {
    articles: remap(catalog.articles),
    byId,
    bySection: remapAll(catalog.bySection),
    bySectionAndType: remapAll(catalog.bySectionAndType),
    byTag: remapAll(catalog.byTag),
    byPlatform: remapAll(catalog.byPlatform),
    inbound: catalog.inbound,
  };
}
