import { TROUBLESHOOTING_SECTIONS } from '../../schemas/vocabulary.ts';
import { fieldAt, problemAt, type Rule } from './context.ts';

export const structure: Rule = {
  id: 'structure',
  description: `Troubleshooting articles have the sections ${TROUBLESHOOTING_SECTIONS.map((section) => `"${section.title}" {#${section.anchor}}`).join(' → ')} in order; every \`##\` heading of a FAQ is a question ending in "?".`,
  check: ({ model }) =>
    model.articles.flatMap((source) => {
      const facts = source.facts;
      const type = source.data?.type;
      if (!facts || !type) return [];
      const sections = facts.headings.filter((heading) => heading.depth === 2);
      if (type === 'faq') {
        return sections
          .filter((heading) => !/[?？]\s*$/.test(heading.text))
          .map((heading) =>
            problemAt(
              source,
              heading.at,
              'structure',
              `FAQ heading "${heading.text}" is not a question; end it with "?" (it becomes a FAQ entry for search engines)`,
            ),
          );
      }
      if (type !== 'troubleshooting') return [];
      const anchors = sections.map((heading) => heading.anchor);
      const missing = TROUBLESHOOTING_SECTIONS.filter((section) => !anchors.includes(section.anchor));
      if (missing.length > 0) {
        return [
          problemAt(
            source,
            fieldAt(source, ['type']),
            'structure',
            `troubleshooting article lacks ${missing.map((section) => `"## ${section.title} {#${section.anchor}}"`).join(', ')}`,
          ),
        ];
      }
      const order = TROUBLESHOOTING_SECTIONS.map((section) => anchors.indexOf(section.anchor));
      const outOfOrder = order.some((position, index) => index > 0 && position < order[index - 1]!);
      return outOfOrder
        ? [
            problemAt(
              source,
              fieldAt(source, ['type']),
              'structure',
              `troubleshooting sections must follow ${TROUBLESHOOTING_SECTIONS.map((section) => section.title).join(' → ')}`,
            ),
          ]
        : [];
    }),
};
