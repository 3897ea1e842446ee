import { existsSync, readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { locateIssues } from './zod-issues.ts';
import { parseYamlSource, type SourcePoint, type YamlSource } from './yaml-source.ts';

/** A problem in a YAML data file of `content/`, located for the check. */
export interface DataIssue {
  rule: string;
  at: SourcePoint;
  message: string;
}

export interface DataFile<T> {
  /** Absolute path. */
  path: string;
  yaml?: YamlSource;
  /** Set when the file parsed and matched its schema. */
  data?: T;
  issues: DataIssue[];
}

/**
 * Reads a YAML data file (numbers, glossary, error codes) and validates it with its
 * schema; syntax and schema problems come back located, never thrown, so the check
 * can list them all.
 */
export function readDataFile<S extends z.ZodType>(path: string, schema: S, rule: string): DataFile<z.output<S>> {
  if (!existsSync(path)) return { path, issues: [{ rule, at: { line: 1, column: 1 }, message: 'file is missing' }] };
  const yaml = parseYamlSource(readFileSync(path, 'utf8'));
  const issues: DataIssue[] = yaml.syntaxErrors.map((error) => ({
    rule: 'yaml-syntax',
    at: error.at,
    message: `not valid YAML: ${error.message}`,
  }));
  if (issues.length > 0) return { path, yaml, issues };
  const result = schema.safeParse(yaml.data ?? {}, { reportInput: true });
  if (!result.success) {
    return {
      path,
      yaml,
      issues: locateIssues(result.error, yaml).map(({ at, message }) => ({ rule, at, message })),
    };
  }
  return { path, yaml, data: result.data, issues };
}
