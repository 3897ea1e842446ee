import { toProjectPath, validTrees, type ArticleSource } from '../content-model.ts';
import { manifestPath, publishedUrls, readManifest } from '../url-manifest.ts';
import { fieldAt, problemAt, type Rule } from './context.ts';

export const urls: Rule = {
  id: 'url',
  description:
    'Every URL in `content/published-urls.txt` still resolves (page, redirect or heading anchor); `redirectFrom` paths do not collide with live pages. Reported as `url-vanished`, `url-new` (warning) or `redirect`.',
  check: (context) => {
    const { model, site } = context;
    const problems = redirectProblems(model.articles, site.pagePaths);

    const manifest = readManifest(model.root);
    if (!manifest) return problems;
    const file = toProjectPath(manifestPath(model.root));
    for (const entry of manifest) {
      const [path = '', anchor] = entry.url.split('#', 2);
      if (context.unverified.has(path)) continue;
      const resolution = site.resolve(path);
      const at = { file, line: entry.line, column: 1, severity: 'error' as const, rule: 'url-vanished' };
      if (!resolution.found) {
        problems.push({
          ...at,
          message: `${entry.url} was published and is gone; add \`redirectFrom: ["${path}"]\` to the article that replaces it (or run \`npm run urls:update\` if removing it is intended)`,
        });
      } else if (anchor && resolution.article && !site.anchors.get(resolution.article.id)?.has(anchor)) {
        problems.push({
          ...at,
          message: `${entry.url}: ${resolution.article.id} no longer has the heading anchor #${anchor}; pin it on the heading that replaced it, e.g. \`## New title {#${anchor}}\``,
        });
      }
    }
    const known = new Set(manifest.map((entry) => entry.url));
    const fresh = publishedUrls(model.articles, validTrees(model)).filter((url) => !known.has(url));
    if (fresh.length > 0) {
      problems.push({
        file,
        line: 1,
        column: 1,
        severity: 'warning',
        rule: 'url-new',
        message: `${fresh.length} published URL(s) are not in the manifest yet (e.g. ${fresh.slice(0, 3).join(', ')}); run \`npm run urls:update\` and commit the file`,
      });
    }
    return problems;
  },
};

/** An old path must not be a live page, a live short link, or claimed by two articles. */
function redirectProblems(sources: readonly ArticleSource[], pages: ReadonlySet<string>) {
  const shortLinks = new Set(
    sources.flatMap((source) => (source.article && !source.article.data.draft ? [source.article.shortPath] : [])),
  );
  const claimed = new Map<string, string>();
  return sources.flatMap((source) =>
    (source.article?.data.redirectFrom ?? []).flatMap((from, index) => {
      const at = fieldAt(source, ['redirectFrom', index]);
      if (pages.has(from) || shortLinks.has(from)) {
        return [
          problemAt(
            source,
            at,
            'redirect',
            `${from} is a live page; an article can only take over paths that no longer exist`,
          ),
        ];
      }
      const owner = claimed.get(from);
      claimed.set(from, source.article!.id);
      return owner
        ? [
            problemAt(
              source,
              at,
              'redirect',
              `${from} already redirects to ${owner}; a path can lead to one article only`,
            ),
          ]
        : [];
    }),
  );
}
