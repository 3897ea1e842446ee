/**
 * Error codes as pure data: paths, short links, and how a typed or pasted code is
 * matched. Reading the files is in error-files.ts, so the browser's search can use this.
 */
import { errorSlug, type ErrorCode } from '../schemas/errors.ts';
import type { ErrorApiFile } from './error-files.ts';
import { errorKey } from './error-key.ts';
import { errorPath } from './error-paths.ts';

export interface ErrorEntry {
  api: string;
  apiName: string;
  slug: string;
  /** Site path of the code's page. */
  path: string;
  code: ErrorCode;
}

/** Codes by short-link slug: one entry is a redirect to its page, several a page to choose from. */
export function errorsBySlug(entries: readonly ErrorEntry[]): Map<string, ErrorEntry[]> {
  const bySlug = new Map<string, ErrorEntry[]>();
  for (const entry of entries) bySlug.set(entry.slug, [...(bySlug.get(entry.slug) ?? []), entry]);
  return bySlug;
}

/** Every string a code is known by: its code, aliases and messages, normalised. */
export function errorKeys(code: ErrorCode): string[] {
  return [...new Set([code.code, ...code.aliases, ...code.messages].map(errorKey).filter(Boolean))];
}

/** The codes a written reference means: `NotReadableError`, `getusermedia/notreadableerror`, `1006`. */
export function findErrors(entries: readonly ErrorEntry[], reference: string, api?: string): ErrorEntry[] {
  const [prefix, rest] = reference.includes('/') ? reference.split('/', 2) : [api, reference];
  const key = errorKey(rest ?? reference);
  return entries.filter(
    (entry) => (!prefix || entry.api === prefix) && (entry.slug === rest || errorKeys(entry.code).includes(key)),
  );
}

/** Every code of every valid API file, with its page path. */
export function errorEntries(files: readonly ErrorApiFile[]): ErrorEntry[] {
  return files.flatMap((file) =>
    (file.data?.codes ?? []).map((code) => {
      const slug = errorSlug(code);
      return { api: file.api, apiName: file.data!.name, slug, path: errorPath(file.api, slug), code };
    }),
  );
}
