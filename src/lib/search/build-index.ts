import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLES, kindsPath, type PageKinds } from './bundles.ts';
import { ERROR_TOKEN, TREE_TOKEN } from './query.ts';

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
      const added = await addPages(index, siteDir, language as keyof typeof SEARCH_BUNDLES);
      const written = await index.writeFiles({ outputPath: `${siteDir}/${bundle}` });
      if (written.errors.length > 0)
        throw new Error(`Pagefind failed to write ${bundle}: ${written.errors.join('; ')}`);
      // addDirectory counts every HTML file it read; the entry file counts the pages actually indexed.
      const entry = JSON.parse(readFileSync(`${siteDir}/${bundle}/pagefind-entry.json`, 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
      reports.push({ bundle, pages: indexed, read: added.page_count });
      const kinds = pageKinds(`${siteDir}/${bundle}`);
      mkdirSync(`${siteDir}/search`, { recursive: true });
      writeFileSync(`${siteDir}/${kindsPath(language as keyof typeof SEARCH_BUNDLES)}`, JSON.stringify(kinds));
    }
  } finally {
    await pagefind.close();
  }
  return reports;
}

/**
 * The pages of one bundle. With a Chinese site (`zh/`), English pages go to the English
 * bundle and `zh/` pages to the Chinese one, each analysed in its own language. Without
 * one, both bundles read every page (the Chinese one segments Chinese words out of the
 * English pages' text).
 */
async function addPages(
  index: pagefind.PagefindIndex,
  siteDir: string,
  language: keyof typeof SEARCH_BUNDLES,
): Promise<{ page_count: number }> {
  if (!existsSync(join(siteDir, 'zh'))) {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind failed to index ${siteDir}: ${added.errors.join('; ')}`);
    return added;
  }
  const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.html') && (language === 'zh') === file.startsWith(`zh${sep}`),
  );
  let count = 0;
  for (const file of files) {
    const content = readFileSync(join(siteDir, file), 'utf8');
    // Only pages with an indexed body count; redirect stubs and walked steps have none.
    if (!content.includes('data-pagefind-body')) continue;
    const url = `/${file.split(sep).join('/')}`.replace(/index\.html$/, '');
    const added = await index.addHTMLFile({ url, content });
    if (added.errors.length > 0) throw new Error(`Pagefind failed to index ${file}: ${added.errors.join('; ')}`);
    count++;
  }
  return { page_count: count };
}

/**
 * Which of a bundle's pages are error codes and troubleshooters, by Pagefind id, read
 * from the fragments just written (gzip, `pagefind_dcd` then JSON). Ranking needs this
 * before it loads any page; asking the index for the pages' marker tokens instead would
 * fetch one more index chunk (about 25 kB) on every first query.
 */
function pageKinds(bundleDir: string): PageKinds {
  const kinds: PageKinds = { errors: [], trees: [] };
  for (const file of readdirSync(`${bundleDir}/fragment`)) {
    const text = gunzipSync(readFileSync(`${bundleDir}/fragment/${file}`)).toString('utf8');
    const { content } = JSON.parse(text.slice(text.indexOf('{'))) as { content: string };
    // The Chinese bundle separates segmented words with U+200B.
    const words = new Set(content.split(/[\s\u200b]+/));
    const id = file.replace(/\.pf_fragment$/, '');
    if (words.has(ERROR_TOKEN)) kinds.errors.push(id);
    if (words.has(TREE_TOKEN)) kinds.trees.push(id);
  }
  return kinds;
}
