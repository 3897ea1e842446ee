import { existsSync, readdirSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { createCheckContext, runChecks } from '../lib/checks/index.ts';
import { loadContent } from '../lib/content-model.ts';
import { formatDate } from '../lib/labels.ts';
import { countBySeverity, formatProblem } from '../lib/problems.ts';
import { buildSearchIndexes } from '../lib/search/build-index.ts';
import { loadSiteConfig } from '../lib/site-config.ts';
import type { SiteModel } from '../lib/site-model.ts';
import { withBase } from '../lib/urls.ts';

export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
}

/**
 * `_redirects` (Netlify and Cloudflare Pages format): hosts that read it answer short
 * links and old paths with a real 301; the static redirect pages cover the rest.
 * Every path in it was validated as a plain site path by the schema.
 */
export function redirectsFile(site: SiteModel, base: string): string {
  return site.redirects
    .map((redirect) => `${withBase(base, redirect.from)}  ${withBase(base, redirect.to)}  301`)
    .join('\n');
}

/** Pages search engines should list: no inner troubleshooter steps, tickets or redirect stubs. */
function indexablePaths(site: SiteModel): Map<string, string | undefined> {
  const updated = new Map(site.catalog.articles.map((article) => [article.path, formatDate(article.data.updated)]));
  return new Map(
    site.pages.filter((page) => page.kind !== 'wizard-step').map((page) => [page.path, updated.get(page.path)]),
  );
}

/**
 * Build steps around Astro's own:
 * - before anything renders, read the content once, run every content rule (the same
 *   as `npm run check`) and stop the build on an error, so nothing is half-published;
 * - add `@astrojs/sitemap`, fed by the same site model (what to list, `lastmod`);
 * - after the pages are written, index them for search and write `_redirects`.
 */
/**
 * Astro writes only the root `404.astro` as `404.html`; the Chinese one lands in
 * `zh/404/index.html`. Hosts that answer a missing page with the nearest `404.html`
 * up the tree (Cloudflare Pages, and the static server of the tests and the benchmark) need
 * it at `zh/404.html`, so a broken `/zh/` link gets a Chinese page.
 */
function placeChineseNotFound(out: string): void {
  const folder = join(out, 'zh/404');
  if (!existsSync(join(folder, 'index.html'))) return;
  renameSync(join(folder, 'index.html'), join(out, 'zh/404.html'));
  rmdirSync(folder);
}

/**
 * The Chinese twins live in `src/routes-zh/`, not `src/pages/`: they are routes only when
 * the site publishes Chinese (`languages` in `content/site.yaml`), so an English-only
 * site builds no `/zh/` page. Each file is a thin wrapper of its English template and
 * keeps the path it has under `/zh/` (`tags/[tag]/[...page].astro` → `/zh/tags/[tag]/[...page]`).
 */
export function chineseRoutes(dir = fileURLToPath(new URL('../routes-zh/', import.meta.url))) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro'))
    .sort()
    .map((file) => ({
      pattern: `/zh/${file.replace(/\.astro$/, '').replace(/(^|\/)index$/, '')}`.replace(/\/$/, ''),
      entrypoint: join(dir, file),
    }));
}

export function knowledgeBase(): AstroIntegration {
  let site: SiteModel | undefined;
  let base = '/';
  return {
    name: 'knowledge-base',
    hooks: {
      'astro:config:setup': ({ command, logger, config, updateConfig, injectRoute }) => {
        if (command !== 'build' && command !== 'dev') return;
        base = config.base;
        const siteConfig = loadSiteConfig();
        const context = createCheckContext(loadContent(), { site: siteConfig });
        site = context.site;
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

        if (siteConfig.languages.includes('zh')) for (const route of chineseRoutes()) injectRoute(route);

        const listed = indexablePaths(site);
        const sitePath = (url: string) => `/${new URL(url).pathname.slice(base.length)}`;
        updateConfig({
          integrations: [
            sitemap({
              filter: (page) => listed.has(sitePath(page)),
              serialize: (item) => {
                const lastmod = listed.get(sitePath(item.url));
                return lastmod ? { ...item, lastmod } : item;
              },
            }),
          ],
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (site) writeFileSync(join(fileURLToPath(dir), '_redirects'), `${redirectsFile(site, base)}\n`);
        placeChineseNotFound(fileURLToPath(dir));
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
