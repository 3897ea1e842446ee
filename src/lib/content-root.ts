import { resolve } from 'node:path';

/**
 * Folder holding what writers own. `KB_CONTENT_DIR` points a build at another
 * folder (the benchmark's synthetic corpus, a test fixture) without touching this one.
 */
export function contentRoot(): string {
  return resolve(process.env.KB_CONTENT_DIR ?? 'content');
}
