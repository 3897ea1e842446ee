import { fieldAt, problemAt, type Rule } from './context.ts';
import { treeArticleIds } from '../wizard/graph.ts';
import { validTrees } from '../content-model.ts';

const HAN = /\p{Script=Han}/u;

/**
 * Warnings about articles readers will not find: no Chinese search term (a query
 * like 卡顿 would miss it), or nothing links to it (no related list, body link or
 * troubleshooter points at it).
 */
export const discoverability: Rule = {
  id: 'findable',
  description:
    'Warns when a published article has no Chinese keyword, or when no other article, link or troubleshooter leads to it (an orphan).',
  check: ({ model, catalog }) => {
    const linked = new Set<string>(validTrees(model).flatMap((tree) => treeArticleIds(tree.data)));
    const byPath = new Map(
      catalog.articles.flatMap((article) => [
        [article.path, article.id] as const,
        [article.shortPath, article.id] as const,
      ]),
    );
    for (const source of model.articles) {
      const from = source.article;
      if (!from || from.data.draft) continue;
      for (const id of from.data.related) if (id !== from.id) linked.add(id);
      for (const link of source.facts?.links ?? []) {
        const target = byPath.get(link.url.split('#')[0] ?? '');
        if (target && target !== from.id) linked.add(target);
      }
    }
    return model.articles.flatMap((source) => {
      const article = source.article;
      if (!article || article.data.draft) return [];
      const problems = [];
      if (!article.data.keywords.some((keyword) => HAN.test(keyword))) {
        problems.push(
          problemAt(
            source,
            fieldAt(source, ['keywords']),
            'findable',
            'no Chinese keyword: add the terms a Chinese-speaking developer would search for (e.g. 卡顿, 回声)',
            'warning',
          ),
        );
      }
      if (!linked.has(article.id)) {
        problems.push(
          problemAt(
            source,
            fieldAt(source, ['id']),
            'findable',
            `no article, link or troubleshooter leads to ${article.id}; list it in the \`related\` of a neighbouring article`,
            'warning',
          ),
        );
      }
      return problems;
    });
  },
};
