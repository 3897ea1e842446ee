import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { createCheckContext, runChecks } from '../lib/checks/index.ts';
import { loadContent } from '../lib/content-model.ts';
import { countBySeverity, formatProblem } from '../lib/problems.ts';
import { buildSearchIndexes } from '../lib/search-index.ts';
import { loadSiteConfig } from '../lib/site-config.ts';

export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
}

/**
 * Build steps around Astro's own:
 * - before anything renders, run every content rule (the same as `npm run check`)
 *   and stop the build on an error, so nothing is half-published;
 * - after the pages are written, index them for search.
 */
export function knowledgeBase(): AstroIntegration {
  return {
    name: 'knowledge-base',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const problems = runChecks(createCheckContext(loadContent(), { site: loadSiteConfig() }));
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
        const started = performance.now();
        const reports = await buildSearchIndexes(fileURLToPath(dir));
        const took = Math.round(performance.now() - started);
        logger.info(
          `Search: ${reports.map((report) => `${report.bundle} ${report.pages} pages`).join(', ')} in ${took} ms`,
        );
      },
    },
  };
}
