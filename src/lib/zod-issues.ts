import type { z } from 'astro/zod';
import type { SourcePoint, YamlSource } from './yaml-source.ts';

/**
 * Turns a zod issue into one sentence a writer can act on: which field, what was
 * found, what is expected. Starlight's `utils/error-map.ts` is the model.
 */
export interface FieldIssue {
  /** Path of the offending value, e.g. `["platforms", 1]`. */
  path: (string | number)[];
  message: string;
}

export function describeIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) => describeIssue(issue));
}

function describeIssue(issue: z.core.$ZodIssue): FieldIssue[] {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  const field = path.length > 0 ? `\`${formatPath(path)}\`` : 'the value';
  const found = 'input' in issue ? foundText(issue.input) : '';

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: `unknown field \`${key}\`: remove it or fix its spelling`,
      }));
    case 'invalid_type':
      if (issue.input === undefined) return [{ path, message: `${field} is required but missing` }];
      // A schema's own message (e.g. "must be a date written as YYYY-MM-DD") beats the generic one.
      if (!issue.message.startsWith('Invalid input')) return [{ path, message: `${field} ${issue.message}${found}` }];
      return [{ path, message: `${field} must be ${article(issue.expected)}${found}` }];
    case 'invalid_value':
      return [
        {
          path,
          message: `${field} must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}${found}`,
        },
      ];
    case 'invalid_union': {
      // A discriminated union names its options: say them, and show the bad tag, not the whole object.
      const options = (issue as { options?: unknown[] }).options;
      const discriminator = (issue as { discriminator?: string }).discriminator;
      if (options && discriminator) {
        const tag = (issue.input as Record<string, unknown> | undefined)?.[discriminator];
        return [
          {
            path,
            message: `${field} must be one of ${options.map((option) => JSON.stringify(option)).join(', ')}${foundText(tag)}`,
          },
        ];
      }
      return [{ path, message: `${field} ${lowerFirst(issue.message)}${found}` }];
    }
    default:
      return [{ path, message: `${field} ${lowerFirst(issue.message)}${found}` }];
  }
}

export function formatPath(path: readonly (string | number)[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');
}

function foundText(input: unknown): string {
  if (input === undefined) return '';
  if (input instanceof Date && Number.isNaN(input.getTime())) return ' (found a date that does not exist)';
  const text = input instanceof Date ? input.toISOString().slice(0, 10) : JSON.stringify(input);
  if (text === undefined) return '';
  return ` (found ${text.length > 60 ? `${text.slice(0, 57)}...` : text})`;
}

function article(type: string): string {
  if (type === 'array') return 'a list';
  if (type === 'object') return 'a mapping of fields';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Every issue of a failed parse, located in the YAML it came from. */
export function locateIssues(
  error: z.ZodError,
  yaml: YamlSource,
): { at: SourcePoint; message: string; path: FieldIssue['path'] }[] {
  return describeIssues(error).map((issue) => ({
    at: yaml.locate(issue.path),
    message: issue.message,
    path: issue.path,
  }));
}
