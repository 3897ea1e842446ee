import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { everyMdx, type ArticleSource, type MdxSource } from '../content-model.ts';
import { urlProblem } from '../mdx-policy.ts';
import { problemAt, type CheckContext, type Rule } from './context.ts';

/** Finds the article a site path points at: canonical path, short link or an old path. */
function articleIndex(context: CheckContext): Map<string, ArticleSource> {
  const index = new Map<string, ArticleSource>();
  for (const source of context.allById.values()) {
    const article = source.article;
    if (!article) continue;
    index.set(article.path, source);
    index.set(article.shortPath, source);
    for (const old of article.data.redirectFrom) index.set(old, source);
  }
  return index;
}

function anchorsOf(source: MdxSource): Set<string> {
  return new Set(source.facts?.headings.map((heading) => heading.anchor) ?? []);
}

export const links: Rule = {
  id: 'link',
  description:
    'Internal links use site paths (`/kb/1042/#fix`), end in `/`, and point at a published page and an existing heading anchor.',
  check: (context) => {
    const articles = articleIndex(context);
    const pages = context.site.pagePaths;
    return everyMdx(context.model).flatMap((source) =>
      (source.facts?.links ?? []).flatMap((link) => {
        const fail = (message: string) => [problemAt(source, link.at, 'link', message)];
        const url = link.url;
        // External links, and links the MDX policy refuses (reported there once).
        if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || urlProblem(url)) return [];
        const [pathAndQuery = '', hash] = url.split('#', 2);
        const path = pathAndQuery.split('?', 1)[0] ?? '';

        if (path === '') {
          if (hash && !anchorsOf(source).has(hash)) {
            return fail(
              `no heading with anchor "#${hash}" in this article; anchors here: ${[...anchorsOf(source)].join(', ') || 'none'}`,
            );
          }
          return [];
        }
        if (!path.startsWith('/')) {
          return fail(`"${url}" is a relative link; use a site path such as /kb/1042/ so it survives moves`);
        }
        if (existsSync(join(context.publicDir, path)) && !path.endsWith('/')) return [];
        if (!path.endsWith('/')) return fail(`"${url}" must end with "/" (pages live at folder paths, e.g. /kb/1042/)`);

        const target = articles.get(path);
        if (!target && context.unverified.has(path)) return [];
        if (!target) {
          return pages.has(path)
            ? []
            : fail(`"${url}" does not match any page; check the path or use the short link /kb/<number>/`);
        }
        if (target.data?.draft && !(source.data as { draft?: boolean } | undefined)?.draft) {
          return fail(`"${url}" points at ${target.data.id}, a draft that is not published`);
        }
        if (hash && !anchorsOf(target).has(hash)) {
          return fail(
            `${target.data?.id ?? target.file} has no heading with anchor "#${hash}"; its anchors: ${[...anchorsOf(target)].join(', ')}`,
          );
        }
        return [];
      }),
    );
  },
};
