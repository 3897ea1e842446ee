import { everyMdx } from '../content-model.ts';
import { problemAt, type Rule } from './context.ts';

/**
 * Every heading anchor of an article is unique: two headings pinned `{#fix}`, or a
 * pinned anchor that a later heading's text would also produce, give the page two
 * elements with one id, and `/kb/1042/#fix` would land on the first.
 */
export const headings: Rule = {
  id: 'heading-anchor',
  description: 'Heading anchors are unique within an article, pinned (`{#fix}`) or not.',
  check: ({ model }) =>
    everyMdx(model).flatMap((source) => {
      const first = new Map<string, number>();
      return (source.facts?.headings ?? []).flatMap((heading) => {
        const line = first.get(heading.anchor);
        if (line === undefined) {
          first.set(heading.anchor, heading.at.line);
          return [];
        }
        return [
          problemAt(
            source,
            heading.at,
            'heading-anchor',
            `the anchor #${heading.anchor} is already used by the heading on line ${line}; ${heading.pinned ? 'pin a different anchor' : `pin this one to another anchor: ## ${heading.text} {#${heading.anchor}-2}`}`,
          ),
        ];
      });
    }),
};
