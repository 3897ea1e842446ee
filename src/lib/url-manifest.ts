import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validTrees, type ArticleSource, type ContentModel } from './content-model.ts';
import type { Article } from './articles.ts';
import { sectionPath } from './routes.ts';
import { SECTION_IDS } from '../schemas/vocabulary.ts';
import type { SiteModel } from './site-model.ts';
import type { WizardTree } from './wizard/graph.ts';
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

/** Whether a manifest URL still works: its path resolves and, for `#anchor` URLs, the article still has the anchor. */
export function urlWorks(site: SiteModel, url: string): boolean {
  const [path = '', anchor] = url.split('#', 2);
  const { found, article } = site.resolve(path);
  return found && (!anchor || !article || Boolean(site.anchors.get(article.id)?.has(anchor)));
}

/**
 * The manifest only grows: URLs that still resolve (through redirects too) stay,
 * new ones are added, and only URLs that no longer resolve are dropped, which is
 * the deliberate removal the command exists for.
 */
export function updateManifest(
  model: ContentModel,
  site: SiteModel,
): { urls: string[]; added: string[]; removed: string[] } {
  const before = (readManifest(model.root) ?? []).map((entry) => entry.url);
  const current = publishedUrls(model.articles, validTrees(model));
  const kept = before.filter((url) => urlWorks(site, url));
  const urls = [...new Set([...kept, ...current])].sort();
  return {
    urls,
    added: urls.filter((url) => !before.includes(url)),
    removed: before.filter((url) => !urls.includes(url)),
  };
}
