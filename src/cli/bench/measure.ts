import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright';

/**
 * What a reader's browser downloads, measured in Chromium. "Transfer" is the gzip
 * size (what any static host sends), or the raw size where gzip does not help:
 * Pagefind compresses its own index and wasm files.
 */
export interface Transfer {
  url: string;
  kind: 'html' | 'css' | 'js' | 'wasm' | 'search-index' | 'font' | 'image' | 'other';
  raw: number;
  transfer: number;
  crossOrigin: boolean;
}

function kindOf(url: URL, contentType: string): Transfer['kind'] {
  if (/\.pf_(index|fragment|meta|filter)$/.test(url.pathname) || url.pathname.endsWith('.pagefind')) {
    return url.pathname.includes('wasm.') ? 'wasm' : 'search-index';
  }
  if (contentType.includes('text/html')) return 'html';
  if (contentType.includes('css')) return 'css';
  if (contentType.includes('javascript')) return 'js';
  if (contentType.includes('wasm')) return 'wasm';
  if (contentType.includes('font') || /\.(woff2?|ttf|otf)$/.test(url.pathname)) return 'font';
  if (contentType.startsWith('image/')) return 'image';
  return 'other';
}

/** Runs `action` and returns every response the page received meanwhile, until the network is idle. */
export async function recordTransfers(page: Page, action: () => Promise<unknown>): Promise<Transfer[]> {
  const pending: Promise<void>[] = [];
  const transfers: (Transfer & { origin: string })[] = [];
  const onResponse = (response: Response) => {
    pending.push(
      (async () => {
        const body = await response.body().catch(() => undefined);
        if (!body) return;
        const url = new URL(response.url());
        const kind = kindOf(url, response.headers()['content-type'] ?? '');
        const raw = body.byteLength;
        transfers.push({
          url: url.pathname,
          origin: url.origin,
          kind,
          raw,
          // Pagefind gzips its own index and wasm files; images and fonts are compressed formats.
          transfer: Math.min(raw, gzipSync(body).byteLength),
          crossOrigin: false,
        });
      })(),
    );
  };
  page.on('response', onResponse);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  await Promise.all(pending);
  // Compared with where the page ended up, so a first navigation from about:blank counts right.
  const pageOrigin = new URL(page.url()).origin;
  return transfers.map(({ origin, ...transfer }) => ({ ...transfer, crossOrigin: origin !== pageOrigin }));
}

export function total(
  transfers: readonly Transfer[],
  kinds?: readonly Transfer['kind'][],
): { raw: number; transfer: number } {
  const selected = kinds ? transfers.filter((transfer) => kinds.includes(transfer.kind)) : transfers;
  return {
    raw: selected.reduce((sum, transfer) => sum + transfer.raw, 0),
    transfer: selected.reduce((sum, transfer) => sum + transfer.transfer, 0),
  };
}

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  /** Requests to another origin while loading: none are allowed, render-blocking or not. */
  crossOrigin: string[];
  fonts: number;
  /** Cumulative layout shift during load, as Lighthouse measures it. */
  layoutShift: number;
}

/**
 * Bytes (transfer) of HTML, CSS and JS a page loads before anyone opens search,
 * in a fresh browser context so that nothing comes from an earlier page's cache.
 */
export async function measurePage(browser: Browser, url: string, baseURL?: string): Promise<PageWeight> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.addInitScript(() => {
    (window as unknown as { __cls: number }).__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const transfers = await recordTransfers(page, () => page.goto(url, { waitUntil: 'load' }));
  await page.waitForTimeout(300);
  const layoutShift = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
  await context.close();
  return {
    html: total(transfers, ['html']).transfer,
    css: total(transfers, ['css']).transfer,
    js: total(transfers, ['js']).transfer,
    crossOrigin: transfers.filter((transfer) => transfer.crossOrigin).map((transfer) => transfer.url),
    fonts: transfers.filter((transfer) => transfer.kind === 'font').length,
    layoutShift,
  };
}

export interface QueryCost {
  query: string;
  /** Bytes fetched from typing the query to its results on screen. */
  bytes: number;
  /** Milliseconds from the search starting (after the typing pause) to its results on screen, as the page measured it. */
  ms: number;
  /**
   * The same, typed again once every query has run: the index chunks and result data it
   * needs are loaded, so this is the search and the rendering alone (the "results
   * within 150 ms of the index being loaded").
   */
  loadedMs: number;
}

/** What each query typed into the search dialog costs, one after the other, on a page already loaded. */
export async function measureSearch(page: Page, url: string, queries: readonly string[]): Promise<QueryCost[]> {
  await page.goto(url, { waitUntil: 'networkidle' });
  const box = page.getByRole('dialog').getByRole('searchbox');
  const typeAndTime = async (query: string) => {
    await box.fill(query);
    // Wait for this query's results, not the previous query's that are still on screen.
    await page
      .getByRole('dialog')
      .getByRole('status')
      .filter({ hasText: `“${query}”` })
      .waitFor();
    await page.getByRole('dialog').locator('.results li').first().waitFor();
    return page.evaluate(
      (typed) =>
        (performance.getEntriesByName('kb-search') as PerformanceMeasure[])
          .filter((entry) => entry.detail === typed)
          .at(-1)?.duration ?? NaN,
      query,
    );
  };
  const costs: QueryCost[] = [];
  for (const [index, query] of queries.entries()) {
    let ms = 0;
    const transfers = await recordTransfers(page, async () => {
      if (index === 0) await page.keyboard.press('/');
      ms = await typeAndTime(query);
    });
    costs.push({ query, bytes: total(transfers).transfer, ms: Math.round(ms), loadedMs: NaN });
  }
  for (const cost of costs) {
    await box.fill('');
    cost.loadedMs = Math.round(await typeAndTime(cost.query));
  }
  return costs;
}

/**
 * Bytes (transfer) of the dump analyser's worker: the page fetches it only once a
 * file is opened, so it is measured by opening a tiny dump.
 */
export async function measureDumpWorker(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  const transfers = await recordTransfers(page, async () => {
    await page.locator('[data-file]').setInputFiles({
      name: 'empty.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"PeerConnections":{}}'),
    });
    await page.locator('[data-error]').filter({ hasText: /./ }).waitFor();
  });
  await context.close();
  return total(transfers, ['js']).transfer;
}

/**
 * Milliseconds from opening a long webrtc-internals dump to its charts on screen
 * (the page's own `dump:parse-and-chart` measure), the file given by path as a
 * person would pick it.
 */
export async function measureDumpParse(browser: Browser, url: string, file: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator('[data-file]').setInputFiles(file);
  await page.locator('[data-dump][data-charted]').waitFor({ state: 'attached', timeout: 60_000 });
  const ms = await page.evaluate(() => performance.getEntriesByName('dump:parse-and-chart')[0]!.duration);
  await context.close();
  return ms;
}
