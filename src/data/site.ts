import { relative, resolve, join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { makeArticle, type Article } from '../lib/articles.ts';
import { buildCatalog, type Catalog } from '../lib/catalog.ts';
import { contentRoot } from '../lib/content-root.ts';
import { siteConfig } from '../lib/site-config.ts';
import { absoluteUrl, withBase } from '../lib/urls.ts';
import { treeArticleIds, type WizardTree } from '../lib/wizard/graph.ts';
import { readNumbers } from '../lib/numbers-file.ts';
import { withNumbers } from '../lib/numbers.ts';
import type { Numbers } from '../schemas/numbers.ts';

/**
 * The one bridge from Astro's content collections to `lib/`: loads the entries
 * once per build and computes the catalog every page reads.
 */
export interface SiteData {
  catalog: Catalog;
  trees: readonly WizardTree[];
  entries: ReadonlyMap<string, CollectionEntry<'articles'>>;
}

let loading: Promise<SiteData> | undefined;

export function loadSiteData(): Promise<SiteData> {
  loading ??= load();
  return loading;
}

async function load(): Promise<SiteData> {
  const guides = join(contentRoot(), 'guides');
  const entries = await getCollection('articles');
  const treeEntries = await getCollection('trees');
  const articles: Article[] = [];
  const byId = new Map<string, CollectionEntry<'articles'>>();
  for (const entry of entries) {
    const file = entry.filePath ?? `${entry.id}.mdx`;
    const pathInGuides = relative(guides, resolve(file)).replaceAll('\\', '/');
    const article = makeArticle(relative(process.cwd(), resolve(file)).replaceAll('\\', '/'), pathInGuides, entry.data);
    if (article.data.draft && !import.meta.env.DEV) continue;
    articles.push(article);
    byId.set(article.id, entry);
  }
  const trees = treeEntries
    .map((entry) => ({ id: entry.id, file: entry.filePath ?? entry.id, data: withNumbers(entry.data, siteNumbers()) }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const catalog = buildCatalog(
    articles,
    trees.flatMap((tree) => treeArticleIds(tree.data)),
    { includeDrafts: import.meta.env.DEV },
  );
  return { catalog, trees, entries: byId };
}

export const site = siteConfig();

/** Site path → URL path with the base, for every `href` and `src` in templates. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

export function absolute(path: string): string {
  return absoluteUrl(site.url, import.meta.env.BASE_URL, path);
}

let numbersCache: Numbers | undefined;

/** `content/numbers.yaml`, validated. The content check has already failed the build if it is not. */
export function siteNumbers(): Numbers {
  if (numbersCache) return numbersCache;
  const file = readNumbers(contentRoot());
  if (!file.data) throw new Error(`${file.path}: ${file.issues.map((issue) => issue.message).join('; ')}`);
  numbersCache = file.data;
  return numbersCache;
}
