/**
 * The search page's state: query and filters, as a shareable URL and as Pagefind
 * filters. Planning a query is `query.ts`'s job, ranking `rank.ts`'s.
 */

export const FILTER_KEYS = ['scenario', 'platform', 'type'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  query: string;
  filters: Record<FilterKey, string[]>;
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
