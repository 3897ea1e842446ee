import { bundleFor, orderResults, pagefindFilters, type FilterKey } from '../../lib/search.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface SearchResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

interface PagefindResponse {
  results: { id: string; data(): Promise<SearchResult> }[];
  filters: Record<string, Record<string, number>>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindResponse | null>;
}

const bundles = new Map<string, Promise<Pagefind>>();

/** Imports a Pagefind bundle the first time a query needs it; the other bundle is never fetched. */
function loadBundle(base: string, name: string): Promise<Pagefind> {
  let loading = bundles.get(name);
  if (!loading) {
    loading = (async () => {
      const url = `${base}${name}/pagefind.js`;
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      // noWorker: a search over a few thousand pages takes milliseconds on the main thread, and
      // skipping the worker saves its 12 kB script on the first query.
      await pagefind.options({ baseUrl: base, excerptLength: 22, noWorker: true });
      await pagefind.init();
      return pagefind;
    })();
    bundles.set(name, loading);
  }
  return loading;
}

export interface SearchOutcome {
  results: SearchResult[];
  total: number;
  /** Count per filter value for this query, e.g. `{ platform: { android: 4 } }`. */
  counts: Record<string, Record<string, number>>;
}

export async function search(
  base: string,
  query: string,
  filters: Record<FilterKey, string[]>,
  limit: number,
): Promise<SearchOutcome> {
  const pagefind = await loadBundle(base, bundleFor(query));
  // An empty query with filters lists everything those filters match (Pagefind takes null for that).
  const response = await pagefind.search(query || null, { filters: pagefindFilters(filters) });
  if (!response) return { results: [], total: 0, counts: {} };
  const results = await Promise.all(response.results.slice(0, limit).map((result) => result.data()));
  return { results: orderResults(results, query), total: response.results.length, counts: response.filters };
}
