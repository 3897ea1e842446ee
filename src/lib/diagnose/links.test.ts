import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../catalog.ts';
import { loadContent, validArticles, validTrees } from '../content-model.ts';
import { errorEntries } from '../error-codes.ts';
import { readErrorApis } from '../error-files.ts';
import { contentRoot } from '../content-root.ts';
import { treeArticleIds } from '../wizard/graph.ts';
import { FINDING_LINKS, type FindingLink } from './findings.ts';
import { linkedArticles, PAGE_LINKS, resolveLink } from './links.ts';
import { CHECK_LINKS } from './precall.ts';

// Reading and checking every article takes a few seconds on a busy CI machine.
describe('links of findings and checks', { timeout: 30_000 }, () => {
  it('point at published articles and anchors, and at error codes that exist', () => {
    const model = loadContent();
    const trees = validTrees(model);
    const catalog = buildCatalog(
      validArticles(model),
      trees.flatMap((tree) => treeArticleIds(tree.data)),
    );
    const links: FindingLink[] = [
      ...Object.values(FINDING_LINKS),
      ...Object.values(CHECK_LINKS),
      ...Object.values(PAGE_LINKS),
    ];
    for (const id of linkedArticles(links)) expect(catalog.byId.has(id), `${id} is published`).toBe(true);
    for (const link of links.filter((entry) => entry.anchor)) {
      const source = model.articles.find((entry) => entry.article?.id === link.article);
      expect(source?.facts?.headings.map((heading) => heading.anchor)).toContain(link.anchor);
    }
    const codes = new Set(errorEntries(readErrorApis(contentRoot())).map((entry) => `${entry.api}/${entry.code.code}`));
    for (const code of ['ice/ICE failed', 'ice/701', 'ice/401', 'ice/403', 'getusermedia/NotAllowedError']) {
      expect(codes.has(code), code).toBe(true);
    }
  });

  it('leave out an article the site does not publish instead of linking nowhere', () => {
    const table = { origin: 'https://x.example', articles: {}, errors: {} };
    expect(resolveLink(table, { article: 'KB-1203' })).toBeUndefined();
  });
});
