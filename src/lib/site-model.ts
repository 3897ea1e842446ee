import type { Concept, Glossary } from '../schemas/glossary.ts';
import type { Numbers } from '../schemas/numbers.ts';
import { indexGlossary, type GlossaryIndex } from './search/query.ts';
import type { Article } from './articles.ts';
import { buildCatalog, type Catalog } from './catalog.ts';
import { errorEntries, type ErrorEntry } from './error-codes.ts';
import type { ErrorApiFile } from './error-files.ts';
import {
  articleRedirects,
  chineseRedirects,
  errorRedirects,
  sitePages,
  type Redirect,
  type SitePage,
} from './routes.ts';
import { withNumbers } from './numbers.ts';
import { treeArticleIds, type WizardTree } from './wizard/graph.ts';
import { overlayErrorApi, overlayTree } from './localize.ts';
import type { ErrorApiTranslation, TreeTranslation } from '../schemas/translation.ts';

/**
 * Everything the site is, computed once from validated content: the catalog of
 * articles, troubleshooters, numbers, error codes, every route the build writes, the
 * redirects, and how any site path resolves. The build (`site-data.ts`, from Astro's
 * collections), the content check, the URL manifest, the benchmark and the end-to-end
 * tests (from the files) all build this same model, so they cannot disagree about
 * what exists.
 */
export interface SiteModel {
  catalog: Catalog;
  trees: readonly WizardTree[];
  numbers: Numbers;
  glossary: GlossaryIndex;
  /** The glossary as written, for its page. */
  concepts: readonly Concept[];
  errors: readonly ErrorEntry[];
  /** Every page the build writes, redirect pages excluded. */
  pages: readonly SitePage[];
  pagePaths: ReadonlySet<string>;
  /** Short links and old paths, each to an article's canonical path. */
  redirects: readonly Redirect[];
  /** Heading anchors of each article, when the input carried them (the check's reader does). */
  anchors: ReadonlyMap<string, ReadonlySet<string>>;
  /** Where a site path leads now: a page, or an article through its path, short link or old path. */
  resolve(path: string): Resolution;
  /** Troubleshooters and error codes in Chinese (English text where a translation lacks some). */
  zh: { trees: readonly WizardTree[]; errors: readonly ErrorEntry[] };
}

export interface Resolution {
  article?: Article;
  /** Set when the path exists (as a page or a redirect). */
  found: boolean;
}

export interface SiteModelInput {
  articles: readonly Article[];
  trees: readonly WizardTree[];
  numbers: Numbers;
  glossary?: Glossary;
  errorApis?: readonly ErrorApiFile[];
  anchors?: ReadonlyMap<string, ReadonlySet<string>>;
  /** `astro dev` shows drafts; builds and checks leave them out. */
  includeDrafts?: boolean;
  /** `languages` of content/site.yaml: with `zh`, every page that has a Chinese version gets one. */
  languages?: readonly string[];
  /** Chinese text of troubleshooters (by tree id) and error codes (by API). */
  translations?: {
    trees: ReadonlyMap<string, TreeTranslation>;
    errors: ReadonlyMap<string, ErrorApiTranslation>;
  };
}

/** The locale Chinese text formats its numbers in. */
const ZH_LANG = 'zh-CN';

export function buildSiteModel(input: SiteModelInput): SiteModel {
  // Troubleshooter texts say `{{packet-loss.bad}}`; the model holds them written out.
  const trees = input.trees
    .map((tree) => ({ ...tree, data: withNumbers(tree.data, input.numbers) }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const catalog = buildCatalog(
    input.articles,
    trees.flatMap((tree) => treeArticleIds(tree.data)),
    { includeDrafts: input.includeDrafts ?? false },
  );
  const withCodeNumbers = (entry: ErrorEntry, locale = 'en') => ({
    ...entry,
    code: withNumbers(entry.code, input.numbers, locale),
  });
  const errors = errorEntries(input.errorApis ?? []).map((entry) => withCodeNumbers(entry));
  const zhTrees = input.trees
    .map((tree) => {
      const zh = input.translations?.trees.get(tree.id);
      // Chinese text gets Chinese band names and number formats: 良好 < 150 ms，一般 150–300 ms，差 > 300 ms.
      return { ...tree, data: withNumbers(zh ? overlayTree(tree.data, zh) : tree.data, input.numbers, ZH_LANG) };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  const zhErrors = errorEntries(
    (input.errorApis ?? []).map((file) => {
      const zh = input.translations?.errors.get(file.api);
      return file.data && zh ? { ...file, data: overlayErrorApi(file.data, zh) } : file;
    }),
  ).map((entry) => withCodeNumbers(entry, ZH_LANG));
  const languages = input.languages ?? ['en'];
  const pages = sitePages(catalog, trees, errors, languages);
  const pagePaths = new Set(pages.map((page) => page.path));
  const englishRedirects = [...articleRedirects(catalog.articles), ...errorRedirects(errors)];
  const redirects = [...englishRedirects, ...(languages.includes('zh') ? chineseRedirects(englishRedirects) : [])];
  const byPath = new Map(catalog.articles.map((article) => [article.path, article]));
  const redirected = new Map(redirects.map((redirect) => [redirect.from, byPath.get(redirect.to)]));
  return {
    catalog,
    trees,
    numbers: input.numbers,
    glossary: indexGlossary(input.glossary?.concepts ?? []),
    concepts: input.glossary?.concepts ?? [],
    errors,
    pages,
    pagePaths,
    redirects,
    anchors: input.anchors ?? new Map(),
    zh: { trees: zhTrees, errors: zhErrors },
    // A live page always wins over a redirect that claims its path (the `redirect` rule reports
    // that claim once); otherwise the claim would also make the live page's anchors "vanish".
    resolve: (path) => {
      const article = byPath.get(path) ?? (pagePaths.has(path) ? undefined : redirected.get(path));
      return { found: Boolean(article) || pagePaths.has(path) || redirected.has(path), article };
    },
  };
}
