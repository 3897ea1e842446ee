import { fieldAt, problemAt, type Rule } from './context.ts';
import { treeArticleIds } from '../wizard/graph.ts';
import { validTrees } from '../content-model.ts';

/**
 * Warns about articles readers will not find by browsing: nothing links to them (no
 * related list, body link or troubleshooter points at them). Finding them by search,
 * in English and Chinese, is the glossary rule's job.
 */
export const discoverability: Rule = {
  id: 'findable',
  description: 'Warns when no other article, link or troubleshooter leads to a published article (an orphan).',
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
