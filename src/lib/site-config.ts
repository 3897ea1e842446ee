import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { siteConfigSchema, type SiteConfig } from '../schemas/site.ts';
import { contentRoot } from './content-root.ts';
import { formatPath, locateIssues } from './zod-issues.ts';
import { parseYamlSource } from './yaml-source.ts';

export class SiteConfigError extends Error {}

/** Reads and validates `site.yaml`; `KB_BASE` and `KB_SITE_URL` override it for one build. */
export function loadSiteConfig(root = contentRoot()): SiteConfig {
  const file = join(root, 'site.yaml');
  const shown = relative(process.cwd(), file).replaceAll('\\', '/');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new SiteConfigError(`${shown}: missing. Copy content/site.yaml from the repository and adjust it.`);
  }
  const source = parseYamlSource(text);
  const [syntaxError] = source.syntaxErrors;
  if (syntaxError) {
    throw new SiteConfigError(`${shown}:${syntaxError.at.line}:${syntaxError.at.column}  ${syntaxError.message}`);
  }
  const overrides = {
    ...(process.env.KB_BASE ? { base: process.env.KB_BASE } : {}),
    ...(process.env.KB_SITE_URL ? { url: process.env.KB_SITE_URL } : {}),
  };
  const result = siteConfigSchema.safeParse({ ...(source.data as object), ...overrides }, { reportInput: true });
  if (!result.success) {
    const lines = locateIssues(result.error, source).map(
      ({ at, message, path }) => `${shown}:${at.line}:${at.column}  site-config  ${message || formatPath(path)}`,
    );
    throw new SiteConfigError(`Invalid site configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

let cached: SiteConfig | undefined;

/** The site configuration of this build, read once. */
export function siteConfig(): SiteConfig {
  cached ??= loadSiteConfig();
  return cached;
}
