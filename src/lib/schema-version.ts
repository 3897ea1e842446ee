import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A short hash of the content schemas. Astro's content cache does not notice a changed
 * schema that `content.config.ts` imports, and would serve entries parsed under the old
 * one (a new field with a default would be missing); the cache folder is keyed by it.
 */
export function schemaVersion(root: string): string {
  const hash = createHash('sha256');
  const schemas = join(root, 'src/schemas');
  for (const name of readdirSync(schemas).sort()) hash.update(name).update(readFileSync(join(schemas, name)));
  hash.update(readFileSync(join(root, 'src/content.config.ts')));
  return hash.digest('hex').slice(0, 12);
}
