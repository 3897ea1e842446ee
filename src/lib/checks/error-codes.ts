import { toProjectPath } from '../content-model.ts';
import { errorSlug } from '../../schemas/errors.ts';
import type { Problem } from '../problems.ts';
import { problemAt, type Rule } from './context.ts';
import { findErrors } from '../error-codes.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Error-code files: valid, codes unique per API, links to articles and troubleshooters that exist. */
export const errorCodes: Rule = {
  id: 'error-codes',
  description:
    'Files in `content/errors/` match their schema (`src/schemas/errors.ts`), have slug file names, list each code once, and link to articles and troubleshooters that exist.',
  check: ({ errorApis, allById, unverified, model, site }) => {
    const trees = new Set(model.trees.map((tree) => tree.id));
    const apis = new Set(errorApis.map((file) => file.api));
    const inArticles = model.articles.flatMap((source) =>
      (source.facts?.components ?? [])
        .filter((component) => component.name === 'ErrorCode')
        .flatMap((component) => {
          const code = component.attributes.code ?? '';
          const found = findErrors(site.errors, code, component.attributes.api);
          if (found.length === 1) return [];
          const message =
            found.length === 0
              ? `<ErrorCode code="${code}"> is not a known error code${component.attributes.api ? ` of ${component.attributes.api}` : ''}; add it to content/errors/ or check the spelling`
              : `<ErrorCode code="${code}"> is a code of ${found.map((entry) => entry.api).join(' and ')}; say which with api="${found[0]!.api}"`;
          return [problemAt(source, component.at, 'error-codes', message)];
        }),
    );
    return [
      ...inArticles,
      ...errorApis.flatMap((file) => {
        const shown = toProjectPath(file.path);
        const at = (path: (string | number)[]) => file.yaml?.locate(path) ?? { line: 1, column: 1 };
        const problem = (where: { line: number; column: number }, rule: string, message: string): Problem => ({
          file: shown,
          line: where.line,
          column: where.column,
          rule,
          message,
          severity: 'error',
        });
        const problems = file.issues.map((issue) => problem(issue.at, issue.rule, issue.message));
        if (!SLUG.test(file.api)) {
          problems.push(
            problem(
              { line: 1, column: 1 },
              'error-codes',
              `file name "${file.api}" must be lowercase words joined by hyphens; it is the URL of the API's codes`,
            ),
          );
        }
        const seen = new Map<string, number>();
        file.data?.codes.forEach((code, index) => {
          const slug = errorSlug(code);
          const first = seen.get(slug);
          if (first !== undefined) {
            problems.push(
              problem(
                at(['codes', index, 'code']),
                'error-codes',
                `${code.code} has the same page address (/${slug}/) as codes[${first}]; give one of them a \`slug\``,
              ),
            );
          } else seen.set(slug, index);
          code.articles.forEach((id, position) => {
            if (!allById.has(id) && !unverified.has(id)) {
              problems.push(
                problem(at(['codes', index, 'articles', position]), 'error-codes', `article ${id} does not exist`),
              );
            }
          });
          if (apis.has(slug)) {
            problems.push(
              problem(
                at(['codes', index, 'code']),
                'error-codes',
                `the short link /errors/${slug}/ of ${code.code} would be the page of the API "${slug}"; give the code a different \`slug\``,
              ),
            );
          }
          code.trees.forEach((tree, position) => {
            if (!trees.has(tree)) {
              problems.push(
                problem(
                  at(['codes', index, 'trees', position]),
                  'error-codes',
                  `troubleshooter "${tree}" does not exist; the trees are ${[...trees].join(', ')}`,
                ),
              );
            }
          });
        });
        return problems;
      }),
    ];
  },
};
