import { problemAt, type Rule } from './context.ts';

/** Above these, an article is hard to read on a phone and slow to load: split it. */
export const SIZE_LIMITS = { bytes: 120_000, tableRows: 200 } as const;

export const articleSize: Rule = {
  id: 'article-size',
  description: `Warns about an article with no body, one over ${SIZE_LIMITS.bytes / 1000} kB of source, or a table over ${SIZE_LIMITS.tableRows} rows.`,
  check: ({ model }) =>
    model.articles.flatMap((source) => {
      if (!source.data || source.data.draft || !source.facts) return [];
      const at = { line: 1, column: 1 };
      const problems = [];
      if (source.facts.bodyWords === 0) {
        problems.push(
          problemAt(
            source,
            at,
            'article-size',
            'the article has no text after its frontmatter; write it or set `draft: true`',
            'warning',
          ),
        );
      }
      const bytes = Buffer.byteLength(source.text);
      if (bytes > SIZE_LIMITS.bytes) {
        problems.push(
          problemAt(
            source,
            at,
            'article-size',
            `the article is ${Math.round(bytes / 1000)} kB (limit ${SIZE_LIMITS.bytes / 1000} kB); split it into articles that each answer one question`,
            'warning',
          ),
        );
      }
      for (const table of source.facts.tables) {
        if (table.rows > SIZE_LIMITS.tableRows) {
          problems.push(
            problemAt(
              source,
              table.at,
              'article-size',
              `this table has ${table.rows} rows (limit ${SIZE_LIMITS.tableRows}); nobody reads that on a phone: split it or link to a data file`,
              'warning',
            ),
          );
        }
      }
      return problems;
    }),
};
