import { dirname, relative, resolve } from 'node:path';
import { problemAt, type Rule } from './context.ts';

/**
 * MDX from a pull request runs at build time, so an import is code execution.
 * Only the project's own writer components may be imported, and even those are
 * provided to every article without an import.
 */
export const mdxImports: Rule = {
  id: 'mdx-import',
  description:
    'MDX may import only from `src/components/mdx/` (MDX runs at build time: any other import is a security risk). Writer components need no import.',
  check: ({ model, componentsDir }) =>
    model.articles.flatMap((source) =>
      (source.facts?.imports ?? []).flatMap((statement) => {
        const target = statement.source;
        const inside =
          target !== undefined &&
          target.startsWith('.') &&
          !relative(componentsDir, resolve(dirname(resolve(source.file)), target)).startsWith('..');
        return inside
          ? []
          : [
              problemAt(
                source,
                statement.at,
                'mdx-import',
                `import from "${target ?? statement.statement}" is not allowed; writer components (Callout, Steps, PlatformTabs…) are available without an import`,
              ),
            ];
      }),
    ),
};
