/**
 * The site ships two Pagefind bundles:
 * - `pagefind/` holds the English pages, analysed as English (stemming: "freezes" finds "freeze");
 * - `pagefind-zh/` holds the Chinese pages under `/zh/`, analysed as Chinese, which
 *   segments 回声 and 卡顿 out of running text. A site without Chinese pages indexes
 *   its English pages here too, so Chinese words inside English text are still found.
 * Chinese pages search the Chinese bundle first; a query with Han characters does too,
 * from any page (scripts/search/engine.ts).
 */
export const SEARCH_BUNDLES = { en: 'pagefind', zh: 'pagefind-zh' } as const;

/** Pagefind ids of a bundle's error-code pages and troubleshooters, written after indexing. */
export interface PageKinds {
  errors: string[];
  trees: string[];
}

/** Where a bundle's `PageKinds` are, relative to the site root. */
export function kindsPath(language: keyof typeof SEARCH_BUNDLES): string {
  return `search/kinds-${language}.json`;
}
