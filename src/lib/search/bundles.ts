/**
 * The site ships two Pagefind bundles over the same pages:
 * - `pagefind/` analyses text as English (stemming: "freezes" finds "freeze");
 * - `pagefind-zh/` analyses the same pages as Chinese, which segments 回声 and 卡顿
 *   out of running text. Pages are `lang="en"`, so without this second bundle a
 *   Chinese word inside a sentence is not a token of its own and is not found.
 * A query with any Han character goes to the Chinese bundle.
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
