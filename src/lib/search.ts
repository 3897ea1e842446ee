/**
 * Search logic that needs no browser: which index a query goes to, the
 * shareable URL state of the search page, and result ordering. The client in
 * `src/scripts/search/` only wires this to Pagefind and the DOM.
 */
import { TROUBLESHOOTER_TYPE } from './labels.ts';
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

const normalize = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Result order on top of Pagefind's relevance:
 * 1. articles that carry the exact error code typed (`NotReadableError`, `ICE failed`);
 * 2. guided troubleshooters, which answer "something is broken" better than one article;
 * 3. everything else, as ranked.
 * Codes match whole and ignoring case; each group keeps its relevance order.
 */
export function orderResults<T extends RankedResult>(results: readonly T[], query: string): T[] {
  const code = normalize(query);
  const carriesCode = (result: T) => code !== '' && (result.meta.codes ?? '').split('|').map(normalize).includes(code);
  const isTroubleshooter = (result: T) => result.meta.type === TROUBLESHOOTER_TYPE;
  return [
    ...results.filter(carriesCode),
    ...results.filter((result) => !carriesCode(result) && isTroubleshooter(result)),
    ...results.filter((result) => !carriesCode(result) && !isTroubleshooter(result)),
  ];
}
