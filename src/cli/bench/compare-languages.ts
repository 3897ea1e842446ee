/**
 * `npm run bench -- --compare-languages`: issue 16's two figures. The same n articles are
 * built English-only and in English and Chinese, one build after the other (`--runs`
 * times after one warm-up build, the order swapped every other run so that neither always
 * goes first on a busy machine), each with its own cache folder; a run's ratio compares
 * its two builds only.
 * Then Chinese article pages are weighed against their English twins: a sample of the
 * synthetic articles, and every article of the real site (`content/`, built the way
 * `npm run build` builds it, into a temporary folder).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { articleSample, benchCorpus, sampleArticlePath, type CorpusFile } from './corpus.ts';
import {
  htmlPagesByLanguage,
  logSeconds,
  pairPages,
  summarizeWeights,
  type RatioSummary,
  type WeightSummary,
} from './languages.ts';
import { measurePage } from './measure.ts';
import { loadContent, validArticles } from '../../lib/content-model.ts';
import { CHROMIUM } from '../shared/chromium.ts';
import { buildSite, ROOT, scratch, serveStatic, type BuildResult } from '../shared/site-build.ts';

const VARIANTS = ['en', 'bilingual'] as const;
type Variant = (typeof VARIANTS)[number];
const LABEL: Record<Variant, string> = { en: 'English only', bilingual: 'English + Chinese' };

export interface BuildFigures {
  seconds: number;
  /**
   * CPU seconds (user + system) of the build and every process it waited for: less
   * sensitive than wall time to other work on the machine, which only delays the build.
   */
  cpuSeconds: number;
  /** The machine's one-minute load average as the build started: high means other work ran. */
  loadBefore: number;
  peakMemoryMB: number;
  /** HTML files written, English (everything outside `zh/`) and Chinese. */
  htmlPages: { en: number; zh: number };
  /** What Astro reports ("N page(s) built in"): every route, HTML or not. */
  astroPages?: number;
  /** The build's own search line: pages indexed per bundle and its time. */
  search?: string;
  /**
   * Seconds of each step, as the build log states them: setup (the content check, content
   * sync and build info), Vite bundling, writing the pages, both search indexes, and
   * Astro's whole build (all of these).
   */
  steps: { setup?: number; vite?: number; render?: number; search?: number; astro?: number };
}

export interface LanguageRun {
  run: number;
  /** Which build went first in this run. */
  first: Variant;
  en: BuildFigures;
  bilingual: BuildFigures;
  /** Wall time of the bilingual build ÷ the English-only one (issue 16: at most 2.2). */
  ratio: number;
  /** The same for CPU time. */
  cpuRatio: number;
}

/** Bytes a reader's browser downloads for one article page (gzip), measured in Chromium. */
interface Transfer {
  htmlKB: number;
  cssKB: number;
  jsKB: number;
}

export interface LanguageSize {
  articles: number;
  runs: LanguageRun[];
  /** Chinese article pages against their English twins, over an even sample of the corpus. */
  weights: WeightSummary;
  /** The middle article in both languages, in Chromium: the CSS and JS are the same files. */
  transfer: { path: string; en: Transfer; zh: Transfer };
}

export interface RealSiteWeights {
  articles: number;
  /** Articles without a page in one of the languages (drafts are not counted at all). */
  missing: string[];
  build: BuildFigures;
  weights: WeightSummary;
}

const kB = (bytes: number) => Math.round(bytes / 102.4) / 10;
const MB = (bytes: number) => Math.round(bytes / 104857.6) / 10;

function writeCorpus(dir: string, files: readonly CorpusFile[]): string {
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
  return dir;
}

function figures(build: Built): BuildFigures {
  const log = build.output;
  const astroPages = /(\d+) page\(s\) built in/.exec(log)?.[1];
  const vite = [...log.matchAll(/\[vite\] ✓ built in (\S+)/g)].map((match) => logSeconds(match[1]) ?? 0);
  const searchMs = /^.*Search: .* in (\d+) ms$/m.exec(log)?.[1];
  return {
    seconds: Math.round(build.wallMs / 100) / 10,
    cpuSeconds: build.cpuSeconds,
    loadBefore: build.loadBefore,
    peakMemoryMB: MB(build.peakRssBytes),
    htmlPages: htmlPagesByLanguage(build.outDir),
    astroPages: astroPages ? Number(astroPages) : undefined,
    search: /Search: (.*)$/m.exec(log)?.[1]?.trim(),
    steps: {
      setup: logSeconds(/\[build\] ✓ Completed in (.+?)\.?$/m.exec(log)?.[1]),
      vite: vite.length > 0 ? Math.round(vite.reduce((sum, value) => sum + value, 0) * 10) / 10 : undefined,
      // The only "Completed" line without a [tag]: generating static routes.
      render: logSeconds(/^\S+ ✓ Completed in (.+?)\.?$/m.exec(log)?.[1]),
      search: searchMs ? Math.round(Number(searchMs) / 100) / 10 : undefined,
      astro: logSeconds(/page\(s\) built in (.+)$/m.exec(log)?.[1]),
    },
  };
}

/**
 * CPU seconds of this process's children that have ended (`cutime` + `cstime` of
 * /proc/self/stat, each including the children those waited for), on Linux; 0 elsewhere.
 */
function childrenCpuSeconds(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of proc(5), counted from the state (field 3); in clock ticks of 1/100 s.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return 0;
  }
}

type Built = BuildResult & { cpuSeconds: number; loadBefore: number };

async function build(content: string, workDir: string, what: string): Promise<Built> {
  process.stdout.write(`${what}: building… `);
  const loadBefore = Math.round(loadavg()[0]! * 10) / 10;
  const cpuBefore = childrenCpuSeconds();
  const result = await buildSite({ content, workDir });
  const cpuSeconds = Math.round((childrenCpuSeconds() - cpuBefore) * 10) / 10;
  if (result.status !== 0) throw new Error(`${what}: the build failed:\n${result.output.slice(-4000)}`);
  console.log(`${(result.wallMs / 1000).toFixed(1)} s, ${cpuSeconds} s CPU (load ${loadBefore} before)`);
  return { ...result, cpuSeconds, loadBefore };
}

async function transfer(browser: Browser, outDir: string, path: string): Promise<LanguageSize['transfer']> {
  const server = await serveStatic(outDir);
  try {
    const weigh = async (url: string): Promise<Transfer> => {
      const weight = await measurePage(browser, url);
      return { htmlKB: kB(weight.html), cssKB: kB(weight.css), jsKB: kB(weight.js) };
    };
    return { path, en: await weigh(`${server.origin}${path}`), zh: await weigh(`${server.origin}/zh${path}`) };
  } finally {
    await server.close();
  }
}

async function compareSize(browser: Browser, n: number, runs: number, sample: number): Promise<LanguageSize> {
  const work = scratch(`kb-bench-languages-${n}-`);
  try {
    const content: Record<Variant, string> = {
      en: writeCorpus(join(work.dir, 'en', 'content'), benchCorpus(n)),
      bilingual: writeCorpus(join(work.dir, 'bilingual', 'content'), benchCorpus(n, { languages: ['en', 'zh'] })),
    };
    // The first build after the benchmark starts was about 15 s (a quarter) slower than the
    // same build later, whichever it was (files not yet in the page cache, Vite re-optimizing
    // its dependencies): one build that is not counted keeps run 1 comparable with the others.
    const warmUp = join(work.dir, 'warm-up');
    mkdirSync(warmUp, { recursive: true });
    await build(content.en, warmUp, `N=${n} warm-up, ${LABEL.en}, not counted`);
    rmSync(warmUp, { recursive: true, force: true });
    const results: LanguageRun[] = [];
    let last: Record<Variant, Built> | undefined;
    for (let run = 1; run <= runs; run++) {
      const order: readonly Variant[] = run % 2 ? VARIANTS : [...VARIANTS].reverse();
      const builds = {} as Record<Variant, Built>;
      for (const variant of order) {
        // Each build its own output and cache folder: no build reuses another's work.
        const dir = join(work.dir, variant, `run-${run}`);
        mkdirSync(dir, { recursive: true });
        builds[variant] = await build(content[variant], dir, `N=${n} run ${run}, ${LABEL[variant]}`);
      }
      const en = figures(builds.en);
      const bilingual = figures(builds.bilingual);
      results.push({
        run,
        first: order[0]!,
        en,
        bilingual,
        ratio: Math.round((builds.bilingual.wallMs / builds.en.wallMs) * 100) / 100,
        cpuRatio: Math.round((bilingual.cpuSeconds / en.cpuSeconds) * 100) / 100,
      });
      // Only the last run's sites are weighed: the earlier ones go, output and cache.
      for (const previous of Object.values(last ?? {}))
        rmSync(dirname(previous.outDir), { recursive: true, force: true });
      last = builds;
    }
    const { pairs, missing } = pairPages(last!.bilingual.outDir, articleSample(n, sample));
    if (missing.length > 0) throw new Error(`N=${n}: no page in one of the languages for ${missing.join(', ')}`);
    return {
      articles: n,
      runs: results,
      weights: summarizeWeights(pairs),
      transfer: await transfer(browser, last!.bilingual.outDir, sampleArticlePath(n)),
    };
  } finally {
    work.remove();
  }
}

/** Every published article of `content/` in both languages, from one build of the real site. */
async function compareRealSite(): Promise<RealSiteWeights> {
  const work = scratch('kb-bench-real-');
  try {
    const content = join(ROOT, 'content');
    const result = await build(content, work.dir, 'The real site (content/)');
    const paths = validArticles(loadContent(content, ROOT))
      .filter((article) => !article.data.draft)
      .map((article) => article.path);
    const { pairs, missing } = pairPages(result.outDir, paths);
    return { articles: paths.length, missing, build: figures(result), weights: summarizeWeights(pairs) };
  } finally {
    work.remove();
  }
}

const times = (ratio: number) => `${ratio.toFixed(3)}×`;
const worst = (summary: RatioSummary) => `${times(summary.worst)} (${summary.worstPath})`;

function printWeights(title: string, weights: WeightSummary): void {
  const { en, zh } = weights;
  console.log(`\n${title}: ${weights.pages} article pages, Chinese ÷ English page by page\n`);
  console.log('| part | median bytes, en | median bytes, zh | median zh ÷ en | worst zh ÷ en | zh heavier |');
  console.log('| --- | ---: | ---: | ---: | --- | ---: |');
  const row = (label: string, key: keyof typeof en & keyof WeightSummary) => {
    const summary = weights[key] as RatioSummary;
    console.log(
      `| ${label} | ${en[key]} | ${zh[key]} | ${times(summary.median)} | ${worst(summary)} | ${summary.heavier} of ${summary.pages} |`,
    );
  };
  row('page, raw', 'raw');
  row('page, gzip', 'gzip');
  row('article body, raw', 'bodyRaw');
  row('article body, gzip', 'bodyGzip');
  row('rest of the page, raw', 'restRaw');
  row('rest of the page, gzip', 'restGzip');
  row('body text, characters', 'textChars');
  row('body text, UTF-8 bytes', 'textBytes');
  row('body text, gzip', 'textGzip');
  console.log(
    `\nPercent-encoded non-ASCII in URLs (median bytes, part of the rest of the page): en ${en.urlEncodedRaw}, zh ${zh.urlEncodedRaw}.`,
  );
}

export async function compareLanguages({
  sizes,
  runs,
  sample,
}: {
  sizes: readonly number[];
  runs: number;
  sample: number;
}): Promise<string> {
  const rows: LanguageSize[] = [];
  const browser = await chromium.launch(CHROMIUM);
  let realSite: RealSiteWeights;
  try {
    for (const n of sizes) rows.push(await compareSize(browser, n, runs, sample));
    realSite = await compareRealSite();
  } finally {
    await browser.close();
  }

  console.log(
    '\nThe same articles built English-only and in English and Chinese, back to back (issue 16: at most 2.2×):\n',
  );
  console.log(
    '| articles | run | first | English-only s | bilingual s | bilingual ÷ English | CPU s, en-only | CPU s, bilingual | CPU ratio | load before, en-only / bilingual | HTML pages en-only (en + zh/) | HTML pages bilingual (en + zh/) | peak MB en-only | peak MB bilingual |',
  );
  console.log('| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows)
    for (const run of row.runs)
      console.log(
        `| ${row.articles} | ${run.run} | ${run.first} | ${run.en.seconds} | ${run.bilingual.seconds} | ${run.ratio.toFixed(2)}× | ${run.en.cpuSeconds} | ${run.bilingual.cpuSeconds} | ${run.cpuRatio.toFixed(2)}× | ${run.en.loadBefore} / ${run.bilingual.loadBefore} | ${run.en.htmlPages.en} + ${run.en.htmlPages.zh} | ${run.bilingual.htmlPages.en} + ${run.bilingual.htmlPages.zh} | ${run.en.peakMemoryMB} | ${run.bilingual.peakMemoryMB} |`,
      );
  console.log(
    '\nWhere the time went, seconds as each build logged them (outside Astro: starting Node and Astro, moving the output into place; setup: the content check, content sync and build info; render: writing the pages; search: both indexes):\n',
  );
  console.log('| articles | run | build | wall | outside Astro | Astro | setup | Vite | render | search |');
  console.log('| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows)
    for (const run of row.runs)
      for (const variant of VARIANTS) {
        const { seconds, steps } = run[variant];
        console.log(
          `| ${row.articles} | ${run.run} | ${LABEL[variant]} | ${seconds} | ${steps.astro ? (seconds - steps.astro).toFixed(1) : '–'} | ${steps.astro ?? '–'} | ${steps.setup ?? '–'} | ${steps.vite ?? '–'} | ${steps.render ?? '–'} | ${steps.search ?? '–'} |`,
        );
      }
  const shells = rows.flatMap((row) => row.runs).find((run) => run.en.htmlPages.zh > 0);
  if (shells)
    console.log(
      `\nThe English-only build writes ${shells.en.htmlPages.zh} pages under zh/ too: the Chinese interface around the English text, so the ratio above understates what Chinese costs.`,
    );
  for (const row of rows) {
    printWeights(`Synthetic, N=${row.articles}`, row.weights);
    const { en, zh } = row.transfer;
    console.log(
      `\n${row.transfer.path} in Chromium (gzip kB): HTML ${en.htmlKB} → ${zh.htmlKB}, CSS ${en.cssKB} → ${zh.cssKB}, JS ${en.jsKB} → ${zh.jsKB}`,
    );
  }
  printWeights(`Real site (content/, built in ${realSite.build.seconds} s)`, realSite.weights);
  if (realSite.missing.length > 0)
    console.log(`\nWithout a page in one of the languages: ${realSite.missing.join(', ')}`);
  console.log(
    '\nThe article body is the rendered MDX (<div class="prose">); the rest is everything else in the HTML file (head, header, title and summary, table of contents, feedback, footer, search dialog, interface strings). gzip is Node’s default level, as the page-weight benchmark counts it.',
  );

  const out = join(ROOT, 'bench-results');
  mkdirSync(out, { recursive: true });
  const file = join(out, `bench-languages-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({ sample, rows, realSite }, null, 2)}\n`);
  console.log(`Results: ${file}`);
  return file;
}
