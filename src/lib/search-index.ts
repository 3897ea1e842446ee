import * as pagefind from 'pagefind';
import { SEARCH_BUNDLES } from './search-bundles.ts';

export interface IndexReport {
  bundle: string;
  pages: number;
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
      reports.push({ bundle, pages: added.page_count });
    }
  } finally {
    await pagefind.close();
  }
  return reports;
}
