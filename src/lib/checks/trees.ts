import { treeArticleIds } from '../wizard/graph.ts';
import { validateTree } from '../wizard/validate.ts';
import { fieldAt, problemAt, type Rule } from './context.ts';

export const trees: Rule = {
  id: 'tree',
  description:
    'Troubleshooting trees: known node and article ids, no cycles, every node reachable, questions with two or more distinct answers whose ids fit in a step address (`tree-option-id`), results with an article, `severity` only on outage answers; every published troubleshooting article is the answer of at least one tree (`tree-coverage`).',
  check: ({ model, catalog, unverified, site }) => {
    const published = new Set([...catalog.byId.keys(), ...unverified]);
    const graphProblems = model.trees.flatMap((source) =>
      source.data
        ? validateTree(source.data, published).map((issue) =>
            problemAt(source, source.yaml.locate(issue.path), issue.rule, issue.message),
          )
        : [],
    );
    const reached = new Set(site.trees.flatMap((tree) => treeArticleIds(tree.data)));
    const unreached = model.articles.flatMap((source) => {
      const article = source.article;
      if (!article || article.data.draft || article.data.type !== 'troubleshooting' || reached.has(article.id))
        return [];
      return [
        problemAt(
          source,
          fieldAt(source, ['type']),
          'tree-coverage',
          `no troubleshooter leads to ${article.id}; add it to the result of the tree whose symptom it fixes (content/troubleshooting/), so people walking a tree can land on it`,
        ),
      ];
    });
    return [...graphProblems, ...unreached];
  },
};
