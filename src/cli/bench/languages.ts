/**
 * Chinese pages against their English twins, read from a built site's files (issue 16:
 * "a Chinese article page weighs no more than its English one"). The HTML is what a
 * reader downloads first; gzip is what any static host sends (as `measure.ts` counts it).
 * Each page is split in two: the article body (the rendered MDX, `<div class="prose">`)
 * and everything else on the page (head, header, title and summary, table of contents,
 * feedback, footer, search dialog, interface strings), so a heavier Chinese page says
 * whether its text or its template makes the difference.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageParts {
  /** Bytes of the HTML file, and gzipped. */
  raw: number;
  gzip: number;
  /** The article body: bytes of `<div class="prose">…</div>`, gzipped alone. */
  bodyRaw: number;
  bodyGzip: number;
  /** The rest of the page, raw, and gzipped without the body. */
  restRaw: number;
  restGzip: number;
  /** Text of the body without tags: characters, their UTF-8 bytes, and those gzipped alone. */
  textChars: number;
  textBytes: number;
  textGzip: number;
  /**
   * Bytes of percent-encoded non-ASCII in the page (`%E5%9B%9E`: nine bytes for one Chinese
   * character), e.g. the pre-filled title of the "Report a problem" issue link.
   */
  urlEncodedRaw: number;
}

export interface PagePair {
  /** Site path of the English page, e.g. `/voice-rooms/echo-and-howling/`. */
  path: string;
  en: PageParts;
  zh: PageParts;
}

const PROSE = '<div class="prose"';

/** The outer HTML of the first `<div class="prose">`, its closing tag found by counting `<div>`s. */
export function articleBody(html: string): string {
  const start = html.indexOf(PROSE);
  if (start < 0) return '';
  let depth = 0;
  for (const match of html.slice(start).matchAll(/<div\b|<\/div>/g)) {
    depth += match[0] === '</div>' ? -1 : 1;
    if (depth === 0) return html.slice(start, start + match.index + match[0].length);
  }
  return html.slice(start);
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const gzip = (text: string) => gzipSync(text).byteLength;

export function pageParts(html: string): PageParts {
  const body = articleBody(html);
  const text = body.replace(/<[^>]*>/g, '');
  return {
    raw: bytes(html),
    gzip: gzip(html),
    bodyRaw: bytes(body),
    bodyGzip: gzip(body),
    restRaw: bytes(html) - bytes(body),
    restGzip: gzip(html.replace(body, '')),
    textChars: [...text].length,
    textBytes: bytes(text),
    textGzip: gzip(text),
    urlEncodedRaw: 3 * (html.match(/%[89a-f][0-9a-f]/gi)?.length ?? 0),
  };
}

/**
 * Every page of `paths` that exists in both languages of the site in `outDir`: the English
 * page at `<path>index.html`, the Chinese at `zh<path>index.html`. Paths missing in either
 * language are returned apart.
 */
export function pairPages(outDir: string, paths: readonly string[]): { pairs: PagePair[]; missing: string[] } {
  const pairs: PagePair[] = [];
  const missing: string[] = [];
  for (const path of paths) {
    const en = join(outDir, path, 'index.html');
    const zh = join(outDir, 'zh', path, 'index.html');
    if (!existsSync(en) || !existsSync(zh)) {
      missing.push(path);
      continue;
    }
    pairs.push({ path, en: pageParts(readFileSync(en, 'utf8')), zh: pageParts(readFileSync(zh, 'utf8')) });
  }
  return { pairs, missing };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

export interface RatioSummary {
  /** Median of the per-page ratios Chinese ÷ English. */
  median: number;
  /** The highest ratio, and the page it belongs to. */
  worst: number;
  worstPath: string;
  /** Pages whose Chinese twin is heavier, of how many. */
  heavier: number;
  pages: number;
}

function ratios(pairs: readonly PagePair[], key: keyof PageParts): RatioSummary {
  const all = pairs.map((pair) => ({ path: pair.path, ratio: pair.zh[key] / pair.en[key] }));
  const worst = all.reduce((max, item) => (item.ratio > max.ratio ? item : max), all[0]!);
  return {
    median: round(median(all.map((item) => item.ratio))),
    worst: round(worst.ratio),
    worstPath: worst.path,
    heavier: all.filter((item) => item.ratio > 1).length,
    pages: all.length,
  };
}

export interface WeightSummary {
  pages: number;
  /** Median bytes per part, English and Chinese. */
  en: PageParts;
  zh: PageParts;
  /** Chinese ÷ English, page by page: the whole page, its body, its text, and the rest of the page. */
  raw: RatioSummary;
  gzip: RatioSummary;
  bodyRaw: RatioSummary;
  bodyGzip: RatioSummary;
  restRaw: RatioSummary;
  restGzip: RatioSummary;
  /** Characters of body text, Chinese ÷ English: how much shorter the translation reads. */
  textChars: RatioSummary;
  textBytes: RatioSummary;
  textGzip: RatioSummary;
}

export function summarizeWeights(pairs: readonly PagePair[]): WeightSummary {
  if (pairs.length === 0) throw new Error('no page exists in both languages');
  const medians = (language: 'en' | 'zh') =>
    Object.fromEntries(
      (Object.keys(pairs[0]!.en) as (keyof PageParts)[]).map((key) => [
        key,
        Math.round(median(pairs.map((pair) => pair[language][key]))),
      ]),
    ) as unknown as PageParts;
  return {
    pages: pairs.length,
    en: medians('en'),
    zh: medians('zh'),
    raw: ratios(pairs, 'raw'),
    gzip: ratios(pairs, 'gzip'),
    bodyRaw: ratios(pairs, 'bodyRaw'),
    bodyGzip: ratios(pairs, 'bodyGzip'),
    restRaw: ratios(pairs, 'restRaw'),
    restGzip: ratios(pairs, 'restGzip'),
    textChars: ratios(pairs, 'textChars'),
    textBytes: ratios(pairs, 'textBytes'),
    textGzip: ratios(pairs, 'textGzip'),
  };
}

/** HTML files of a built site: the Chinese ones under `zh/`, the others English. */
export function htmlPagesByLanguage(outDir: string): { en: number; zh: number } {
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  const zh = files.filter((file) => file.startsWith('zh/')).length;
  return { en: files.length - zh, zh };
}

/** Seconds of a duration as Astro and Vite print it: `1m 42s`, `10.32s`, `237ms`. */
export function logSeconds(text: string | undefined): number | undefined {
  const match = text && /^(?:(\d+)m\s*)?(?:([\d.]+)s|([\d.]+)ms)?$/.exec(text.trim());
  if (!match || (!match[1] && !match[2] && !match[3])) return undefined;
  const seconds = Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0) + Number(match[3] ?? 0) / 1000;
  return Math.round(seconds * 10) / 10;
}
