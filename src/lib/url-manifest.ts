import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validArticles, validTrees, type ArticleSource, type ContentModel } from './content-model.ts';
import { buildCatalog } from './catalog.ts';
import type { Article } from './articles.ts';
import { articleRedirects, sectionPath, sitePages } from './routes.ts';
import { SECTION_IDS } from './sections.ts';
import { treeArticleIds, type WizardTree } from './wizard/graph.ts';
import { treePath } from './wizard/steps.ts';

/**
 * The promise made to everyone who pasted a link: every URL in
 * `content/published-urls.txt` keeps working. The build compares it with what it
 * is about to publish; `npm run urls:update` rewrites it on purpose.
 */
export const MANIFEST_FILE = 'published-urls.txt';

const HEADER = `# Every URL this knowledge base has published. The build fails when one of them
# disappears without a redirect. Add \`redirectFrom\` to the article that replaces a
# removed one, or pin a renamed heading's old anchor with {#old-anchor}.
# Regenerate on purpose with: npm run urls:update
`;

export function manifestPath(contentRoot: string): string {
  return join(contentRoot, MANIFEST_FILE);
}

export interface ManifestEntry {
  url: string;
  line: number;
}

export function readManifest(contentRoot: string): ManifestEntry[] | undefined {
  const file = manifestPath(contentRoot);
  if (!existsSync(file)) return undefined;
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((text, index) => ({ url: text.trim(), line: index + 1 }))
    .filter((entry) => entry.url && !entry.url.startsWith('#'));
}

export function formatManifest(urls: readonly string[]): string {
  return `${HEADER}\n${[...urls].sort().join('\n')}\n`;
}

/**
 * What is published now: articles and their short links, every heading anchor a
 * writer pinned or another article links to, scenario pages and troubleshooter starts.
 */
export function publishedUrls(sources: readonly ArticleSource[], trees: readonly WizardTree[]): string[] {
  const published = sources.filter((source) => source.article && !source.article.data.draft);
  const byPathOrShort = new Map<string, Article>();
  for (const { article } of published) {
    byPathOrShort.set(article!.path, article!);
    byPathOrShort.set(article!.shortPath, article!);
  }
  const urls = new Set<string>();
  for (const source of published) {
    const article = source.article!;
    urls.add(article.path).add(article.shortPath);
    for (const heading of source.facts?.headings ?? [])
      if (heading.pinned) urls.add(`${article.path}#${heading.anchor}`);
    for (const link of source.facts?.links ?? []) {
      const [path = '', anchor] = link.url.split('#', 2);
      const target = path === '' ? article : byPathOrShort.get(path);
      if (target && anchor) urls.add(`${target.path}#${anchor}`);
    }
  }
  for (const section of SECTION_IDS) urls.add(sectionPath(section));
  for (const tree of trees) urls.add(treePath(tree.id));
  return [...urls].sort();
}

export interface Resolution {
  article?: Article;
  /** Set when the path exists (as a page or a redirect). */
  found: boolean;
}

/** Where a published path leads now: a page, or an article through its canonical path, short link or old path. */
export function createResolver(articles: readonly Article[], pages: ReadonlySet<string>): (path: string) => Resolution {
  const byPath = new Map(articles.map((article) => [article.path, article]));
  const redirects = new Map(articleRedirects(articles).map((redirect) => [redirect.from, byPath.get(redirect.to)]));
  // A live page always wins over a redirect that claims its path (the `redirect` rule reports
  // that claim once); otherwise the claim would also make the live page's anchors "vanish".
  return (path) => {
    const article = byPath.get(path) ?? (pages.has(path) ? undefined : redirects.get(path));
    return { found: Boolean(article) || pages.has(path), article };
  };
}

/** Whether a manifest URL still works: its path resolves and, for `#anchor` URLs, the article still has the anchor. */
export function createUrlChecker(model: ContentModel): (url: string) => boolean {
  const trees = validTrees(model);
  const catalog = buildCatalog(
    validArticles(model),
    trees.flatMap((tree) => treeArticleIds(tree.data)),
  );
  const resolve = createResolver(catalog.articles, new Set(sitePages(catalog, trees).map((page) => page.path)));
  const anchors = new Map(
    model.articles.flatMap((source) =>
      source.article
        ? [[source.article.id, new Set(source.facts?.headings.map((heading) => heading.anchor))] as const]
        : [],
    ),
  );
  return (url) => {
    const [path = '', anchor] = url.split('#', 2);
    const { found, article } = resolve(path);
    return found && (!anchor || !article || Boolean(anchors.get(article.id)?.has(anchor)));
  };
}

/**
 * The manifest only grows: URLs that still resolve (through redirects too) stay,
 * new ones are added, and only URLs that no longer resolve are dropped, which is
 * the deliberate removal the command exists for.
 */
export function updateManifest(model: ContentModel): { urls: string[]; added: string[]; removed: string[] } {
  const works = createUrlChecker(model);
  const before = (readManifest(model.root) ?? []).map((entry) => entry.url);
  const current = publishedUrls(model.articles, validTrees(model));
  const kept = before.filter(works);
  const urls = [...new Set([...kept, ...current])].sort();
  return {
    urls,
    added: urls.filter((url) => !before.includes(url)),
    removed: before.filter((url) => !urls.includes(url)),
  };
}
