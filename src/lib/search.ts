/**
 * Search logic that needs no browser: which index a query goes to, the
 * shareable URL state of the search page, and result ordering. The client in
 * `src/scripts/search/` only wires this to Pagefind and the DOM.
 */
import { SEARCH_BUNDLES } from './search-bundles.ts';

export const FILTER_KEYS = ['scenario', 'platform', 'type'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  query: string;
  filters: Record<FilterKey, string[]>;
}

const HAN = /\p{Script=Han}/u;

/** Chinese queries go to the bundle indexed with Chinese word segmentation. */
export function bundleFor(query: string): string {
  return HAN.test(query) ? SEARCH_BUNDLES.zh : SEARCH_BUNDLES.en;
}

export function emptyFilters(): Record<FilterKey, string[]> {
  return { scenario: [], platform: [], type: [] };
}

/** `?q=echo&scenario=voice-rooms&platform=android&platform=ios` → state. Unknown keys are ignored. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) {
    filters[key] = [
      ...new Set(
        params
          .getAll(key)
          .flatMap((value) => value.split(','))
          .filter(Boolean),
      ),
    ];
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind filter object: values within a group are alternatives, groups must all match. */
export function pagefindFilters(filters: Record<FilterKey, string[]>): Record<string, { any: string[] }> {
  const result: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) if (filters[key].length > 0) result[key] = { any: filters[key] };
  return result;
}

export function activeFilterCount(filters: Record<FilterKey, string[]>): number {
  return FILTER_KEYS.reduce((sum, key) => sum + filters[key].length, 0);
}

interface RankedResult {
  meta: Record<string, string | undefined>;
}

/**
 * An exact error-code query puts the articles that carry that code first, in their
 * original order; relevance decides the rest. Codes are matched whole and ignoring case.
 */
export function promoteExactCode<T extends RankedResult>(results: readonly T[], query: string): T[] {
  const code = query.trim().replace(/\s+/g, ' ').toLowerCase();
  if (!code) return [...results];
  const carries = (result: T) =>
    (result.meta.codes ?? '')
      .split('|')
      .map((value) => value.trim().replace(/\s+/g, ' ').toLowerCase())
      .includes(code);
  return [...results.filter(carries), ...results.filter((result) => !carries(result))];
}
