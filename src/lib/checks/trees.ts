import { validateTree } from '../wizard/validate.ts';
import { problemAt, type Rule } from './context.ts';

export const trees: Rule = {
  id: 'tree',
  description:
    'Troubleshooting trees: known node and article ids, no cycles, every node reachable, questions with two or more distinct answers, results with an article.',
  check: ({ model, catalog, unverified }) => {
    const published = new Set([...catalog.byId.keys(), ...unverified]);
    return model.trees.flatMap((source) =>
      source.data
        ? validateTree(source.data, published).map((issue) =>
            problemAt(source, source.yaml.locate(issue.path), issue.rule, issue.message),
          )
        : [],
    );
  },
};
