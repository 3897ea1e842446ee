import { readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLES } from './search-bundles.ts';

export interface IndexReport {
  bundle: string;
  /** Pages in the index: those with `data-pagefind-body`. */
  pages: number;
  /** HTML files read. */
  read: number;
}

/** Indexes the built site once per bundle in `SEARCH_BUNDLES` (see there for why there are two). */
export async function buildSearchIndexes(siteDir: string): Promise<IndexReport[]> {
  const reports: IndexReport[] = [];
  try {
    for (const [language, bundle] of Object.entries(SEARCH_BUNDLES)) {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: siteDir });
      if (added.errors.length > 0) throw new Error(`Pagefind failed to index ${siteDir}: ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: `${siteDir}/${bundle}` });
      if (written.errors.length > 0)
        throw new Error(`Pagefind failed to write ${bundle}: ${written.errors.join('; ')}`);
      // addDirectory counts every HTML file it read; the entry file counts the pages actually indexed.
      const entry = JSON.parse(readFileSync(`${siteDir}/${bundle}/pagefind-entry.json`, 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
      reports.push({ bundle, pages: indexed, read: added.page_count });
    }
  } finally {
    await pagefind.close();
  }
  return reports;
}
