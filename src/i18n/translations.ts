/**
 * Where translations live and whether they are current. A translation records the Git
 * blob id of the English file it was made from; the English file's current blob id is
 * computed from its bytes (no Git needed, so a shallow CI clone checks the same way),
 * and when they differ the translation is stale. Because the id is Git's own, the
 * translator can see exactly what changed: `git diff <recorded> <current>`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Translations mirror the English tree under this folder of `content/`. */
export const TRANSLATION_ROOT = 'zh';

/** Git's object id of a file's content, as `git hash-object` prints it. */
export function blobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** How many hex digits a stamp keeps: enough for Git to resolve it, short enough to read. */
export const STAMP_LENGTH = 12;

export type Freshness = 'missing' | 'stale' | 'current';

export interface TranslationStatus {
  /** English file, absolute. */
  source: string;
  /** Where its translation is (or would be), absolute. */
  translation: string;
  freshness: Freshness;
  /** Blob id the translation records, when it exists. */
  recorded?: string;
  /** Blob id of the English file now. */
  current: string;
}

/** The translation's path for an English file of `content/`: `guides/x/y.mdx` → `zh/guides/x/y.mdx`. */
export function translationPath(contentRoot: string, source: string): string {
  return join(contentRoot, TRANSLATION_ROOT, relative(contentRoot, source));
}

/** Compares a recorded stamp with the English file as it is now. */
export function freshnessOf(recorded: string | undefined, current: string): Freshness {
  if (recorded === undefined) return 'missing';
  return current.startsWith(recorded) ? 'current' : 'stale';
}

/** The stamp recorded in a translation file (frontmatter or YAML), read without parsing the rest. */
export function recordedStamp(text: string): string | undefined {
  return /^translation:\s*\n\s+source:\s*["']?([0-9a-f]{7,40})/m.exec(text)?.[1];
}

export function translationStatus(contentRoot: string, source: string): TranslationStatus {
  const translation = translationPath(contentRoot, source);
  const current = blobId(readFileSync(source));
  const recorded = existsSync(translation) ? (recordedStamp(readFileSync(translation, 'utf8')) ?? '') : undefined;
  return { source, translation, current, recorded, freshness: freshnessOf(recorded, current) };
}
