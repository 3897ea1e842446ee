import { relative, resolve, join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { makeArticle, type Article } from './lib/articles.ts';
import { mapCatalog, type Catalog } from './lib/catalog.ts';
import { contentRoot } from './lib/content-root.ts';
import { readErrorApis } from './lib/error-files.ts';
import { readTranslations } from './lib/content-model.ts';
import { TRANSLATION_ROOT, translationStatus } from './i18n/translations.ts';
import { readNumbers } from './lib/numbers-file.ts';
import { readGlossary } from './lib/glossary-file.ts';
import { siteConfig } from './lib/site-config.ts';
import { buildSiteModel, type SiteModel } from './lib/site-model.ts';
import { absoluteUrl, withBase } from './lib/urls.ts';
import type { Numbers } from './schemas/numbers.ts';
import { pageLocale } from './i18n/page.ts';
import type { Locale } from './i18n/locales.ts';

/**
 * The one bridge from Astro's content collections to `lib/`: loads the entries once
 * per build and builds the site model every page reads (the same model the content
 * check builds from the files), plus the collection entries pages render.
 */
export interface SiteData extends SiteModel {
  entries: ReadonlyMap<string, CollectionEntry<'articles'>>;
  /** Chinese articles by KB id, and whether each is older than its English source. */
  zhArticles: ReadonlyMap<string, { entry: CollectionEntry<'articlesZh'>; stale: boolean }>;
  /** The catalog with Chinese titles, summaries and keywords where a translation exists. */
  zhCatalog: Catalog;
}

let loading: Promise<SiteData> | undefined;

export function loadSiteData(): Promise<SiteData> {
  loading ??= load();
  return loading;
}

async function load(): Promise<SiteData> {
  const guides = join(contentRoot(), 'guides');
  const numbers = siteNumbers();
  const articles: Article[] = [];
  const entries = new Map<string, CollectionEntry<'articles'>>();
  for (const entry of await getCollection('articles')) {
    const file = entry.filePath ?? `${entry.id}.mdx`;
    const pathInGuides = relative(guides, resolve(file)).replaceAll('\\', '/');
    const article = makeArticle(relative(process.cwd(), resolve(file)).replaceAll('\\', '/'), pathInGuides, entry.data);
    articles.push(article);
    entries.set(article.id, entry);
  }
  const trees = (await getCollection('trees')).map((entry) => ({
    id: entry.id,
    file: entry.filePath ?? entry.id,
    data: entry.data,
  }));
  const root = contentRoot();
  const translated = readTranslations(join(root, TRANSLATION_ROOT), process.cwd());
  const zhArticles = new Map<string, { entry: CollectionEntry<'articlesZh'>; stale: boolean }>();
  if (site.languages.includes('zh')) {
    const english = new Map(articles.map((article) => [article.id, article]));
    for (const entry of await getCollection('articlesZh')) {
      const source = english.get(entry.data.id);
      if (!source) continue;
      const stale = translationStatus(root, resolve(source.file)).freshness !== 'current';
      zhArticles.set(entry.data.id, { entry, stale });
    }
  }
  const model = buildSiteModel({
    articles,
    trees,
    numbers,
    errorApis: readErrorApis(contentRoot()),
    glossary: readGlossary(contentRoot()).data,
    includeDrafts: import.meta.env.DEV,
    languages: site.languages,
    translations: {
      trees: new Map(translated.trees.flatMap((file) => (file.data ? [[file.id, file.data] as const] : []))),
      errors: new Map(translated.errors.flatMap((file) => (file.data ? [[file.id, file.data] as const] : []))),
    },
  });
  const zhCatalog = mapCatalog(model.catalog, (article) => {
    const zh = zhArticles.get(article.id)?.entry.data;
    return zh
      ? { ...article, data: { ...article.data, title: zh.title, summary: zh.summary, keywords: zh.keywords } }
      : article;
  });
  return { ...model, entries, zhArticles, zhCatalog };
}

export const site = siteConfig();

/**
 * The site data as a page in the URL's language sees it: on `/zh/` pages the
 * troubleshooters and error codes carry their Chinese text.
 */
export function localeData(url: URL): Promise<SiteData & { locale: Locale }> {
  return siteDataIn(pageLocale(url));
}

/** The same for a language known without a URL, e.g. a data island built for one. */
export async function siteDataIn(locale: Locale): Promise<SiteData & { locale: Locale }> {
  const data = await loadSiteData();
  return locale === 'zh' ? { ...data, ...data.zh, catalog: data.zhCatalog, locale } : { ...data, locale };
}

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
