import { everyMdx } from '../content-model.ts';
import { problemAt, type Rule } from './context.ts';

/**
 * The safe MDX subset (`lib/mdx-policy.ts`), reported with positions. The check
 * only parses: it never compiles or runs content, so it is safe on a pull request.
 */
export const mdxSafety: Rule = {
  id: 'mdx-safety',
  description:
    'MDX stays in the safe subset: no `import`/`export`, no `{expressions}` but comments, only writer components and a few HTML elements with literal, allow-listed attributes, links to https/http/mailto or site paths, local raster images. Reported as `mdx-esm`, `mdx-expression`, `mdx-element`, `mdx-attribute`, `heading-attribute` or `url`.',
  check: ({ model }) =>
    everyMdx(model).flatMap((source) =>
      (source.facts?.violations ?? []).map((violation) =>
        problemAt(source, violation.at, violation.rule, violation.message),
      ),
    ),
};
