/**
 * `npm run bench`: builds synthetic knowledge bases of 300, 1,000 and 3,000
 * articles (or `--n 500` for one size), serves each, and measures in Chromium what
 * it costs to build and what a reader downloads. Prints a table and writes JSON to
 * bench-results/.
 *
 *   npm run bench -- --compare-starlight   also builds the same articles with Starlight,
 *                                          back to back, installed into a temporary folder
 *   npm run bench -- --compare-languages   instead, builds the same articles (1,000 unless
 *                    [--runs 2] [--sample 50]   --n) English-only and in English and Chinese,
 *                                          back to back, and weighs Chinese article pages
 *                                          against English ones, synthetic and real (issue 16)
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { benchCorpus, sampleArticlePath } from './bench/corpus.ts';
import { compareLanguages } from './bench/compare-languages.ts';
import { SEARCH_BUNDLES } from '../lib/search/bundles.ts';
import { measureDumpParse, measureDumpWorker, measurePage, measureSearch } from './bench/measure.ts';
import { longCallDump } from '../lib/diagnose/test-fixtures.ts';
import { buildStarlight, installStarlight, writeStarlightCorpus } from './bench/starlight.ts';
import { DIAGNOSE_DUMP_PATH, DIAGNOSE_PATH } from '../lib/routes.ts';
import { CHROMIUM } from './shared/chromium.ts';
import { buildSite, ROOT, scratch, serveStatic } from './shared/site-build.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string' },
    'compare-starlight': { type: 'boolean', default: false },
    'compare-languages': { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
    sample: { type: 'string', default: '50' },
  },
});
const sizes = values.n ? [Number(values.n)] : values['compare-languages'] ? [1000] : [300, 1000, 3000];
if (sizes.some((n) => !Number.isInteger(n) || n < 10))
  throw new Error('--n takes a whole number of articles, at least 10');
const runs = Number(values.runs);
const sample = Number(values.sample);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number, at least 1');
if (!Number.isInteger(sample) || sample < 1) throw new Error('--sample takes a whole number of articles, at least 1');

if (values['compare-languages']) {
  await compareLanguages({ sizes, runs, sample });
  process.exit(0);
}

/** First query, a second English one, a four-word question, then a Chinese one (it loads the Chinese bundle). */
const QUERIES = ['packet loss', 'keyframes', 'why does video freeze on android', '卡顿'];

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
  /** Opening a 50 MB webrtc-internals dump to its charts, measured at the first size only. */
  dump50MBms?: number;
  firstQueryKB: number;
  secondQueryKB: number;
  fourWordQueryKB: number;
  chineseQueryKB: number;
  /** Slowest of the queries after the first, from search start to results on screen. */
  searchMs: number;
  /** The slowest of the same queries typed again, their index chunks and result data loaded. */
  searchLoadedMs: number;
  starlightSeconds?: number;
  starlightMsPerPage?: number;
  starlightPages?: number;
  starlightHtmlKB?: number;
  starlightCssKB?: number;
  starlightJsKB?: number;
}

const kB = (bytes: number) => Math.round(bytes / 102.4) / 10;
const MB = (bytes: number) => Math.round(bytes / 104857.6) / 10;

const rows: Row[] = [];
const browser = await chromium.launch(CHROMIUM);
const starlightWork = values['compare-starlight'] ? scratch('kb-starlight-') : undefined;
let starlight: string | undefined;
if (starlightWork) {
  starlight = join(starlightWork.dir, 'site');
  process.stdout.write('Installing Starlight into a temporary folder… ');
  const versions = installStarlight(starlight);
  console.log(`astro ${versions.astro}, @astrojs/starlight ${versions.starlight}`);
}

/** The same corpus built with Starlight right after ours, and its article page weighed the same way. */
async function starlightRow(n: number, dir: string): Promise<Partial<Row>> {
  const written = writeStarlightCorpus(dir, benchCorpus(n));
  process.stdout.write(`N=${n}: Starlight building ${written} articles… `);
  const build = await buildStarlight(dir);
  if (build.status !== 0) throw new Error(`Starlight build of ${n} articles failed:\n${build.output.slice(-4000)}`);
  const out = join(dir, 'dist');
  const pages = countFiles(out, '.html');
  const server = await serveStatic(out);
  try {
    const weight = await measurePage(browser, `${server.origin}${sampleArticlePath(n)}`);
    console.log(`${(build.wallMs / 1000).toFixed(1)} s`);
    return {
      starlightSeconds: Math.round(build.wallMs / 100) / 10,
      starlightPages: pages,
      starlightMsPerPage: Math.round((build.wallMs / pages) * 10) / 10,
      starlightHtmlKB: kB(weight.html),
      starlightCssKB: kB(weight.css),
      starlightJsKB: kB(weight.js),
    };
  } finally {
    await server.close();
  }
}
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
      // The analyser does not depend on the number of articles: time the 50 MB dump once.
      const dumpFile = join(work.dir, 'long-call.json');
      if (rows.length === 0) writeFileSync(dumpFile, longCallDump(51 * 1024 * 1024));
      const dumpMs =
        rows.length === 0
          ? Math.round(await measureDumpParse(browser, `${server.origin}${DIAGNOSE_DUMP_PATH}`, dumpFile))
          : undefined;
      const page = await browser.newPage();
      const [first, second, fourWords, chinese] = await measureSearch(page, article, QUERIES);
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
        dump50MBms: dumpMs,
        firstQueryKB: kB(first!.bytes),
        secondQueryKB: kB(second!.bytes),
        fourWordQueryKB: kB(fourWords!.bytes),
        chineseQueryKB: kB(chinese!.bytes),
        searchMs: Math.max(second!.ms, fourWords!.ms, chinese!.ms),
        searchLoadedMs: Math.max(first!.loadedMs, second!.loadedMs, fourWords!.loadedMs, chinese!.loadedMs),
      });
      console.log('done');
    } finally {
      await server.close();
    }
    try {
      if (starlight) Object.assign(rows.at(-1)!, await starlightRow(n, starlight));
    } finally {
      work.remove();
    }
  }
} finally {
  await browser.close();
  starlightWork?.remove();
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
  ['dump50MBms', '50 MB dump ms'],
  ['firstQueryKB', '1st query kB'],
  ['secondQueryKB', '2nd query kB'],
  ['fourWordQueryKB', '4-word query kB'],
  ['chineseQueryKB', '中文 query kB'],
  ['searchMs', 'search ms'],
  ['searchLoadedMs', 'search ms, index loaded'],
];
console.log(`\n| ${columns.map(([, label]) => label).join(' | ')} |\n|${columns.map(() => ' ---: |').join('')}`);
for (const row of rows) console.log(`| ${columns.map(([key]) => row[key] ?? '–').join(' | ')} |`);
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
if (starlightWork) {
  console.log('\nThe same articles, built back to back with Starlight:\n');
  console.log(
    '| articles | ours s | Starlight s | ours ÷ Starlight | ours ms/page | Starlight ms/page | article page kB (HTML+CSS+JS), ours | Starlight |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    const ours = row.articleHtmlKB + row.articleCssKB + row.articleJsKB;
    const theirs = (row.starlightHtmlKB ?? 0) + (row.starlightCssKB ?? 0) + (row.starlightJsKB ?? 0);
    console.log(
      `| ${row.articles} | ${row.buildSeconds} | ${row.starlightSeconds} | ${(row.buildSeconds / row.starlightSeconds!).toFixed(2)}× | ${row.msPerPage} | ${row.starlightMsPerPage} | ${ours.toFixed(1)} | ${theirs.toFixed(1)} |`,
    );
  }
  console.log(
    '\nOur build includes the content check, both search indexes, redirects and the URL manifest; Starlight\u2019s, its one Pagefind pass.',
  );
}
const out = join(ROOT, 'bench-results');
mkdirSync(out, { recursive: true });
const file = join(out, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify({ queries: QUERIES, rows }, null, 2)}\n`);
console.log(`Results: ${file}`);
