import { everyMdx } from '../content-model.ts';
import type { Rule } from './context.ts';
import { problemAt } from './context.ts';

/** Problems found while reading files: syntax, frontmatter schema, tree schema. */
export const readIssues: Rule = {
  id: 'frontmatter',
  description:
    'Frontmatter and tree files parse and match their schema (`src/schemas/`); MDX parses. Reported as `frontmatter`, `yaml-syntax`, `mdx-syntax` or `tree-schema`.',
  check: ({ model }) =>
    [...everyMdx(model), ...model.trees, ...model.translations.trees, ...model.translations.errors].flatMap((source) =>
      source.issues.map((issue) => problemAt(source, issue.at, issue.rule, issue.message)),
    ),
};
