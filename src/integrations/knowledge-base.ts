import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { createCheckContext, runChecks } from '../lib/checks/index.ts';
import type { Catalog } from '../lib/catalog.ts';
import { loadContent } from '../lib/content-model.ts';
import { articleRedirects } from '../lib/routes.ts';
import { withBase } from '../lib/urls.ts';
import { countBySeverity, formatProblem } from '../lib/problems.ts';
import { buildSearchIndexes } from '../lib/search-index.ts';
import { loadSiteConfig } from '../lib/site-config.ts';

export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
}

/**
 * `_redirects` (Netlify and Cloudflare Pages format): hosts that read it answer short
 * links and old paths with a real 301; the static redirect pages cover the rest.
 */
export function redirectsFile(catalog: Catalog, base: string): string {
  return articleRedirects(catalog.articles)
    .map((redirect) => `${withBase(base, redirect.from)}  ${withBase(base, redirect.to)}  301`)
    .join('\n');
}

/**
 * Build steps around Astro's own:
 * - before anything renders, run every content rule (the same as `npm run check`)
 *   and stop the build on an error, so nothing is half-published;
 * - after the pages are written, index them for search and write `_redirects`.
 */
export function knowledgeBase(): AstroIntegration {
  let catalog: Catalog | undefined;
  let base = '/';
  return {
    name: 'knowledge-base',
    hooks: {
      'astro:config:setup': ({ command, logger, config }) => {
        if (command !== 'build' && command !== 'dev') return;
        base = config.base;
        const context = createCheckContext(loadContent(), { site: loadSiteConfig() });
        catalog = context.catalog;
        const problems = runChecks(context);
        const { errors, warnings } = countBySeverity(problems);
        const report = problems.map(formatProblem).join('\n');
        if (errors > 0 && command === 'build') {
          // The list goes through the logger: Astro decorates thrown errors with hints that
          // misfire on words such as "windows" in our messages.
          logger.error(`Content check failed:\n${report}`);
          throw new ContentCheckError(
            `${errors} content error(s), listed above with file:line:column. Fix them and build again; \`npm run check\` lists them without building.`,
          );
        }
        if (problems.length > 0) logger.warn(`${errors} error(s), ${warnings} warning(s) in content:\n${report}`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (catalog) writeFileSync(join(fileURLToPath(dir), '_redirects'), `${redirectsFile(catalog, base)}\n`);
        const started = performance.now();
        const reports = await buildSearchIndexes(fileURLToPath(dir));
        const took = Math.round(performance.now() - started);
        logger.info(
          `Search: ${reports.map((report) => `${report.pages} pages in ${report.bundle}/`).join(', ')} (of ${reports[0]?.read ?? 0} HTML files) in ${took} ms`,
        );
      },
    },
  };
}
