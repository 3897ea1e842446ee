/**
 * `npm run eval:search`: the search evaluation. Builds the site (or uses `--url` of one
 * already served), types every judged question into the search page in Chromium, then
 * the held-out ones (collected after ranking was last tuned), and reports
 * success@1/@3/@10, MRR and the zero-result rate per language for each set, as tables
 * and as JSON in search-eval-results.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { loadContent, siteModelOf } from '../lib/content-model.ts';
import { CHROMIUM } from './shared/chromium.ts';
import { buildSite, ROOT, scratch, serveStatic } from './shared/site-build.ts';
import { scoreByLanguage, scoreTable } from './search-eval/metrics.ts';
import { HELD_OUT_FILE, loadQuestions, QUESTIONS_FILE, rankQuestions } from './search-eval/run.ts';

const { values } = parseArgs({
  options: { url: { type: 'string' }, out: { type: 'string', default: 'search-eval-results.json' } },
});

const model = loadContent();
const site = siteModelOf(model);
const work = scratch('kb-eval-');
let close = async () => {};
let origin = values.url?.replace(/\/$/, '');
try {
  if (!origin) {
    process.stdout.write('Building the site… ');
    const build = await buildSite({ content: join(ROOT, 'content'), workDir: work.dir });
    if (build.status !== 0) throw new Error(`build failed:\n${build.output.slice(-3000)}`);
    const server = await serveStatic(build.outDir);
    origin = server.origin;
    close = server.close;
    console.log('done');
  }
  const browser = await chromium.launch(CHROMIUM);
  const page = await browser.newPage();
  // Every question on both sites: the English one, and the Chinese one under /zh/ when it is published.
  const sites = site.pagePaths.has('/zh/search/') ? (['/search/', '/zh/search/'] as const) : (['/search/'] as const);
  const report: Record<string, Record<string, unknown>> = {};
  for (const [set, file] of [
    ['judged', QUESTIONS_FILE],
    ['held out', HELD_OUT_FILE],
  ] as const) {
    const questions = loadQuestions(file);
    report[set] = {};
    for (const searchPath of sites) {
      const ranked = await rankQuestions(page, origin, questions, site, searchPath);
      const scores = scoreByLanguage(ranked);
      console.log(
        `\n${set} questions (${file.pathname.split('/').at(-1)}), searching from ${searchPath}\n\n${scoreTable(scores)}\n`,
      );
      const misses = ranked.filter(
        ({ question, results }) =>
          question.answerable && !results.slice(0, 3).some((id) => question.answers.includes(id)),
      );
      report[set][searchPath] = {
        scores,
        // Rank of the first correct result per answerable question (null: not in the top 10), for
        // splits such as the odd- and even-numbered questions tuning kept apart.
        ranks: Object.fromEntries(
          ranked
            .filter(({ question }) => question.answerable)
            .map(({ question, results }) => {
              const at = results.findIndex((id) => question.answers.includes(id));
              return [question.id, at === -1 ? null : at + 1];
            }),
        ),
        misses: misses.map(({ question, results }) => ({
          id: question.id,
          query: question.query,
          answers: question.answers,
          results: results.slice(0, 5),
        })),
      };
      console.log(`${misses.length} answerable questions without a correct result in the top 3 from ${searchPath}`);
    }
  }
  await browser.close();
  writeFileSync(values.out!, `${JSON.stringify(report, null, 1)}\n`);
  console.log(`Details in ${values.out}`);
} finally {
  await close();
  work.remove();
}
