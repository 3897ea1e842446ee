/**
 * `npm run bench`: builds synthetic knowledge bases of 300, 1,000 and 3,000
 * articles (or `--n 500` for one size), serves each, and measures in Chromium what
 * it costs to build and what a reader downloads. Prints a table and writes JSON to
 * bench-results/.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { benchCorpus, sampleArticlePath } from '../lib/bench-corpus.ts';
import { SEARCH_BUNDLES } from '../lib/search-bundles.ts';
import { measureDumpWorker, measurePage, measureSearch } from './bench/measure.ts';
import { DIAGNOSE_DUMP_PATH, DIAGNOSE_PATH } from '../lib/routes.ts';
import { CHROMIUM } from './shared/chromium.ts';
import { buildSite, ROOT, scratch, serveStatic } from './shared/site-build.ts';

const { values } = parseArgs({ options: { n: { type: 'string' }, port: { type: 'string', default: '4340' } } });
const sizes = values.n ? [Number(values.n)] : [300, 1000, 3000];
if (sizes.some((n) => !Number.isInteger(n) || n < 10))
  throw new Error('--n takes a whole number of articles, at least 10');

/** First query, a second English one, then a Chinese one (it loads the Chinese bundle). */
const QUERIES = ['packet loss', 'keyframes', '卡顿'];

function folderBytes(dir: string): number {
  let sum = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) sum += statSync(join(entry.parentPath, entry.name)).size;
  }
  return sum;
}

function countFiles(dir: string, suffix: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith(suffix)).length;
}

interface Row {
  articles: number;
  buildSeconds: number;
  pages: number;
  msPerPage: number;
  peakMemoryMB: number;
  distMB: number;
  searchIndexMB: number;
  articleHtmlKB: number;
  articleCssKB: number;
  articleJsKB: number;
  /** JavaScript of the pre-call check page and of the dump analyser (its worker is fetched only when a file is opened). */
  precallJsKB: number;
  dumpJsKB: number;
  dumpWorkerKB: number;
  firstQueryKB: number;
  secondQueryKB: number;
  chineseQueryKB: number;
}

const kB = (bytes: number) => Math.round(bytes / 102.4) / 10;
const MB = (bytes: number) => Math.round(bytes / 104857.6) / 10;

const rows: Row[] = [];
const browser = await chromium.launch(CHROMIUM);
try {
  for (const n of sizes) {
    const work = scratch(`kb-bench-${n}-`);
    const content = join(work.dir, 'content');
    for (const file of benchCorpus(n)) {
      mkdirSync(dirname(join(content, file.path)), { recursive: true });
      writeFileSync(join(content, file.path), file.text);
    }
    process.stdout.write(`N=${n}: building… `);
    const build = await buildSite({ content, workDir: work.dir });
    if (build.status !== 0) throw new Error(`build of ${n} articles failed:\n${build.output.slice(-4000)}`);
    const pages = countFiles(build.outDir, '.html');
    process.stdout.write(`${(build.wallMs / 1000).toFixed(1)} s; measuring in Chromium… `);

    const server = await serveStatic(build.outDir);
    try {
      const article = `${server.origin}${sampleArticlePath(n)}`;
      const weight = await measurePage(browser, article);
      const precall = await measurePage(browser, `${server.origin}${DIAGNOSE_PATH}`);
      const dump = await measurePage(browser, `${server.origin}${DIAGNOSE_DUMP_PATH}`);
      const worker = await measureDumpWorker(browser, `${server.origin}${DIAGNOSE_DUMP_PATH}`);
      const page = await browser.newPage();
      const [first = 0, second = 0, chinese = 0] = await measureSearch(page, article, QUERIES);
      await page.close();
      rows.push({
        articles: n,
        buildSeconds: Math.round(build.wallMs / 100) / 10,
        pages,
        msPerPage: Math.round((build.wallMs / pages) * 10) / 10,
        peakMemoryMB: MB(build.peakRssBytes),
        distMB: MB(folderBytes(build.outDir)),
        searchIndexMB: MB(
          Object.values(SEARCH_BUNDLES).reduce((sum, bundle) => sum + folderBytes(join(build.outDir, bundle)), 0),
        ),
        articleHtmlKB: kB(weight.html),
        articleCssKB: kB(weight.css),
        articleJsKB: kB(weight.js),
        precallJsKB: kB(precall.js),
        dumpJsKB: kB(dump.js),
        dumpWorkerKB: kB(worker),
        firstQueryKB: kB(first),
        secondQueryKB: kB(second),
        chineseQueryKB: kB(chinese),
      });
      console.log('done');
    } finally {
      await server.close();
      work.remove();
    }
  }
} finally {
  await browser.close();
}

const columns: [keyof Row, string][] = [
  ['articles', 'articles'],
  ['pages', 'pages'],
  ['buildSeconds', 'build s'],
  ['msPerPage', 'ms/page'],
  ['peakMemoryMB', 'peak MB'],
  ['distMB', 'dist MB'],
  ['searchIndexMB', 'index MB'],
  ['articleHtmlKB', 'HTML kB'],
  ['articleCssKB', 'CSS kB'],
  ['articleJsKB', 'JS kB'],
  ['precallJsKB', 'pre-call JS kB'],
  ['dumpJsKB', 'dump JS kB'],
  ['dumpWorkerKB', 'dump worker kB'],
  ['firstQueryKB', '1st query kB'],
  ['secondQueryKB', '2nd query kB'],
  ['chineseQueryKB', '中文 query kB'],
];
console.log(`\n| ${columns.map(([, label]) => label).join(' | ')} |\n|${columns.map(() => ' ---: |').join('')}`);
for (const row of rows) console.log(`| ${columns.map(([key]) => row[key]).join(' | ')} |`);
console.log(
  '\nPage weights are gzip transfer sizes of one article page before search opens, and of the two diagnostics pages (the dump worker is fetched when a file is opened); query sizes are what each query fetched.',
);
if (rows.length > 1) {
  const first = rows[0]!;
  const last = rows.at(-1)!;
  const marginal = ((last.buildSeconds - first.buildSeconds) * 1000) / (last.pages - first.pages);
  console.log(
    `Scaling: ${(last.msPerPage / first.msPerPage).toFixed(2)}× the time per page at ${last.articles} articles vs ${first.articles} (budget 1.3×); marginal ${marginal.toFixed(1)} ms per extra page.`,
  );
}
const out = join(ROOT, 'bench-results');
mkdirSync(out, { recursive: true });
const file = join(out, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify({ queries: QUERIES, rows }, null, 2)}\n`);
console.log(`Results: ${file}`);
