import { allNumberIds, expandPlaceholders, resolveNumber } from '../numbers.ts';
import { toProjectPath } from '../content-model.ts';
import { suggest } from './suggest.ts';
import type { Problem } from '../problems.ts';
import { problemAt, type Rule } from './context.ts';

const KINDS = { Threshold: 'threshold', Value: 'value' } as const;

/**
 * Numbers come from `content/numbers.yaml` only: the file is valid, and every
 * `<Threshold>`, `<Value>`, `<MetricTable>` and troubleshooter `{{placeholder}}` names
 * an entry that exists.
 */
export const numbers: Rule = {
  id: 'numbers',
  description:
    '`content/numbers.yaml` matches its schema, and every `<Threshold id>`, `<Value id>`, `<MetricTable ids>` and troubleshooter `{{id}}` names an entry of it.',
  check: (context) => {
    const { model, numbers: file } = context;
    const shown = toProjectPath(file.path);
    const problems: Problem[] = file.issues.map((issue) => ({
      file: shown,
      line: issue.at.line,
      column: issue.at.column,
      rule: issue.rule,
      message: issue.message,
      severity: 'error' as const,
    }));
    const data = file.data;
    if (!data) return problems;
    const known = allNumberIds(data);
    const unknown = (id: string, what: string) =>
      `${what} "${id}" is not in content/numbers.yaml${suggest(id, known)}; add it there (with its sources) or pick an existing id`;

    for (const source of model.articles) {
      for (const component of source.facts?.components ?? []) {
        if (component.name === 'MetricTable') {
          for (const id of (component.attributes.ids ?? '').split(/[\s,]+/).filter(Boolean)) {
            if (!Object.hasOwn(data.thresholds, id))
              problems.push(problemAt(source, component.at, 'numbers', unknown(id, 'threshold')));
          }
        }
        const kind = KINDS[component.name as keyof typeof KINDS];
        if (!kind) continue;
        const id = component.attributes.id ?? '';
        const resolved = resolveNumber(data, id);
        if (!resolved) problems.push(problemAt(source, component.at, 'numbers', unknown(id, kind)));
        else if (resolved.kind !== kind) {
          problems.push(
            problemAt(
              source,
              component.at,
              'numbers',
              `"${id}" is a ${resolved.kind}; write <${resolved.kind === 'threshold' ? 'Threshold' : 'Value'} id="${id}" />`,
            ),
          );
        }
      }
    }
    for (const file of context.errorApis) {
      for (const { text, path } of treeTexts(file.yaml?.data)) {
        for (const id of expandPlaceholders(text, data).unknown) {
          problems.push({
            file: toProjectPath(file.path),
            ...(file.yaml?.locate(path) ?? { line: 1, column: 1 }),
            rule: 'numbers',
            message: unknown(id, 'number'),
            severity: 'error',
          });
        }
      }
    }
    for (const tree of model.trees) {
      for (const { text, path } of treeTexts(tree.yaml.data)) {
        for (const id of expandPlaceholders(text, data).unknown) {
          problems.push(problemAt(tree, tree.yaml.locate(path), 'numbers', unknown(id, 'number')));
        }
      }
    }
    return problems;
  },
};

/** Every string in a YAML data file with its path, for placeholders. */
function treeTexts(value: unknown, path: (string | number)[] = []): { text: string; path: (string | number)[] }[] {
  if (typeof value === 'string') return [{ text: value, path }];
  if (Array.isArray(value)) return value.flatMap((item, index) => treeTexts(item, [...path, index]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => treeTexts(item, [...path, key]));
  }
  return [];
}
