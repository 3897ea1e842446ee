import { problemAt, type Rule } from './context.ts';
import { suggest } from './suggest.ts';

/** Lowercase names are HTML elements, which MDX renders as they are. */
const isComponentName = (name: string) => /^[A-Z]/.test(name);

export const components: Rule = {
  id: 'component',
  description:
    'JSX tags name a writer component from `src/components/mdx/` (a typo would fail the build with a vaguer error).',
  check: ({ model, components: known }) =>
    model.articles.flatMap((source) =>
      (source.facts?.components ?? [])
        .filter(({ name }) => isComponentName(name) && !known.has(name))
        .map(({ name, at }) =>
          problemAt(
            source,
            at,
            'component',
            `<${name}> is not a writer component${suggest(name, known, (match) => `<${match}>`)}; the list is in CONTRIBUTING.md`,
          ),
        ),
    ),
};
