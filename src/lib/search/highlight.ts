/**
 * Where to mark a query's words in a result's text: the words typed, and every term of
 * the glossary concepts they stand for (a search for 回声 marks "echo" in an English
 * summary). Pure; the panel applies the ranges to text nodes.
 */
const LATIN = /[\p{Script=Latin}\p{N}]/u;

/** Start and end offsets of every term in `text`, longest first, without overlaps, in order. */
export function highlightRanges(text: string, terms: readonly string[]): [number, number][] {
  const lower = text.toLowerCase();
  const taken: [number, number][] = [];
  const sorted = [...new Set(terms.map((term) => term.toLowerCase().trim()).filter((term) => term.length > 1))].sort(
    (a, b) => b.length - a.length,
  );
  for (const term of sorted) {
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + 1)) {
      const end = at + term.length;
      // Latin terms match whole words or word starts ("freez" in "freezes"), not the inside of a word.
      if (LATIN.test(term[0]!) && at > 0 && LATIN.test(lower[at - 1]!)) continue;
      if (taken.some(([start, stop]) => at < stop && end > start)) continue;
      taken.push([at, end]);
    }
  }
  return taken.sort((a, b) => a[0] - b[0]);
}

/**
 * Tokens (`kbcecho`, `kbterror`) that hidden index text adds; never shown to readers.
 * They share a prefix so they sit together in the index's alphabetical chunks: a
 * four-concept query loads one or two chunks, not four.
 */
export const CONCEPT_TOKEN = /\bkb[ct][a-z0-9]+\b/g;

/** An excerpt as Pagefind gives it (escaped text with `<mark>`), without concept tokens and their marks. */
export function withoutTokens(excerpt: string): string {
  return excerpt
    .replace(/<mark>(kb[ct][a-z0-9]+)<\/mark>/g, '$1')
    .replace(CONCEPT_TOKEN, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
