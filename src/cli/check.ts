/**
 * `npm run check`: every content rule, no site build, all problems at once as
 * `path:line:column  rule-id  message`. Exits 1 when there is an error.
 *
 *   npm run check                  check content/
 *   npm run check -- --stale       also print the stale-content report
 *   npm run check -- --format github   GitHub Actions annotations
 *   npm run check -- --rules       list the rules
 *   npm run check -- --only content/zh/guides/general   only problems in files under that path
 */
import { parseArgs } from 'node:util';
import { createCheckContext, RULES, runChecks } from '../lib/checks/index.ts';
import { staleReport } from '../lib/checks/stale-report.ts';
import { loadContent } from '../lib/content-model.ts';
import { countBySeverity, formatGithubAnnotation, formatProblem } from '../lib/problems.ts';
import { loadSiteConfig, SiteConfigError } from '../lib/site-config.ts';

const { values } = parseArgs({
  options: {
    stale: { type: 'boolean', default: false },
    rules: { type: 'boolean', default: false },
    format: { type: 'string', default: 'text' },
    only: { type: 'string' },
  },
});

if (values.rules) {
  for (const rule of RULES) console.log(`${rule.id.padEnd(16)} ${rule.description}`);
  process.exit(0);
}

const started = performance.now();
let site;
try {
  site = loadSiteConfig();
} catch (error) {
  if (!(error instanceof SiteConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const model = loadContent();
const context = createCheckContext(model, { site });
const only = values.only?.replace(/\/$/, '');
const problems = runChecks(context).filter((problem) => !only || problem.file.includes(only));

for (const problem of problems) {
  console.log(values.format === 'github' ? formatGithubAnnotation(problem) : formatProblem(problem));
}

if (values.stale) console.log(`\n${staleReport(context)}`);

const { errors, warnings } = countBySeverity(problems);
const took = Math.round(performance.now() - started);
console.log(
  `\n${model.articles.length} articles, ${model.trees.length} trees checked in ${took} ms: ${errors} error(s), ${warnings} warning(s)`,
);
process.exit(errors > 0 ? 1 : 0);
