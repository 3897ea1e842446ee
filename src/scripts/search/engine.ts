/**
 * Runs a query plan against Pagefind. Everything decided here comes from the pure
 * modules in lib/search/: the plan (units), the merge and the order. This file only
 * loads bundles, searches each unit, and loads the data of the pages it will show.
 */
import { SEARCH_BUNDLES, kindsPath, type PageKinds } from '../../lib/search/bundles.ts';
import {
  conceptToken,
  HAN,
  indexGlossary,
  planQuery,
  sameWord,
  type ConceptTerms,
  type GlossaryIndex,
  type Unit,
} from '../../lib/search/query.ts';
import {
  correction,
  mergeHits,
  orderCandidates,
  orderPages,
  PAGEFIND_RANKING,
  relevant,
  unitWeights,
  type Candidate,
  type Hit,
} from '../../lib/search/rank.ts';
import { pagefindFilters, type FilterKey } from '../../lib/search/state.ts';
import { codePage, expandCodeList, matchCodes, type CodeListApi, type CodePage } from '../../lib/search/codes.ts';
import { ERROR_CODE_TYPE } from '../../lib/labels.ts';
import { ownData } from '../../lib/search/page-data.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PageData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PageData>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, unknown> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

const bundles = new Map<string, Promise<Pagefind>>();

/** Imports a Pagefind bundle the first time a query needs it; the other bundle is never fetched. */
function loadBundle(base: string, name: string): Promise<Pagefind> {
  let loading = bundles.get(name);
  if (!loading) {
    loading = (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${base}${name}/pagefind.js`)) as Pagefind;
      // noWorker: a search over a few thousand pages takes milliseconds on the main thread, and
      // skipping the worker saves its 12 kB script on the first query.
      await pagefind.options({ baseUrl: base, excerptLength: 24, noWorker: true, ranking: PAGEFIND_RANKING });
      await pagefind.init();
      return pagefind;
    })();
    bundles.set(name, loading);
  }
  return loading;
}

const json = new Map<string, Promise<unknown>>();
function loadJson<T>(url: string): Promise<T> {
  let loading = json.get(url);
  if (!loading) {
    loading = fetch(url).then((response) => (response.ok ? response.json() : []));
    json.set(url, loading);
  }
  return loading as Promise<T>;
}

type GlossaryLanguage = 'en' | 'zh';
const glossaryIndexes = new Map<string, Promise<GlossaryIndex>>();
/**
 * The glossary a query needs, each file loaded once: the English terms for Latin words,
 * the Chinese terms for Han characters, both for `iOS 回声`.
 */
function glossary(base: string, languages: readonly GlossaryLanguage[]): Promise<GlossaryIndex> {
  const key = languages.join();
  let loading = glossaryIndexes.get(key);
  if (!loading) {
    const files = languages.map((language) => loadJson<ConceptTerms[]>(`${base}search/glossary-${language}.json`));
    loading = Promise.all(files).then((lists) => indexGlossary(mergeConcepts(lists)));
    glossaryIndexes.set(key, loading);
  }
  return loading;
}

function glossaryLanguages(query: string): GlossaryLanguage[] {
  const han = HAN.test(query);
  return [...(!han || /[a-z]/i.test(query) ? (['en'] as const) : []), ...(han ? (['zh'] as const) : [])];
}

/** One concept list from the per-language files: `{ id, en }` and `{ id, zh }` make `{ id, en, zh }`. */
function mergeConcepts(lists: readonly ConceptTerms[][]): ConceptTerms[] {
  const byId = new Map<string, ConceptTerms>();
  for (const list of lists)
    for (const concept of list) {
      const known = byId.get(concept.id) ?? { id: concept.id, en: [], zh: [] };
      byId.set(concept.id, {
        id: concept.id,
        en: [...known.en, ...(concept.en ?? [])],
        zh: [...known.zh, ...(concept.zh ?? [])],
        kind: concept.kind ?? known.kind,
      });
    }
  return [...byId.values()];
}

let codeList: Promise<CodePage[]> | undefined;
const codePages = (base: string) =>
  (codeList ??= loadJson<CodeListApi[]>(`${base}search/codes.json`).then((list) => expandCodeList(list).map(codePage)));

/** Whether this page is Chinese (`<html lang="zh-CN">`): its own language's pages come first. */
const chinesePage = () => document.documentElement.lang.startsWith('zh');

/** Starts loading what the first query needs, e.g. when the search box gets focus. */
export function preload(base: string): void {
  void glossary(base, [chinesePage() ? 'zh' : 'en']);
  void codePages(base);
  void loadBundle(base, chinesePage() ? SEARCH_BUNDLES.zh : SEARCH_BUNDLES.en);
}

type BundleKey = keyof typeof SEARCH_BUNDLES;

/**
 * Which bundles a query searches, in order. A Chinese page searches the Chinese pages
 * first, then the English ones; an English page does the same for a query with Chinese
 * in it (回声 finds the Chinese article, then English ones through the glossary), and
 * searches only English pages otherwise. The second bundle is loaded only when the
 * first leaves room on the page.
 */
function bundleOrder(query: string): BundleKey[] {
  return chinesePage() || HAN.test(query) ? ['zh', 'en'] : ['en'];
}

/** The same page in either language: `/zh/kb/x/` and `/kb/x/` are one result. */
const pageKey = (base: string, url: string) => url.replace(new RegExp(`^${base}zh/`), base);

export async function search(
  base: string,
  query: string,
  filters: Record<FilterKey, string[]>,
  limit: number,
  options: { withCounts?: boolean } = {},
): Promise<SearchOutcome> {
  const [first, second] = bundleOrder(query);
  const primary = await searchBundle(base, first!, query, filters, limit, options);
  if (!second || primary.results.length >= limit) return primary;
  const more = await searchBundle(base, second, query, filters, limit, { ...options, withCodes: false });
  const seen = new Set(primary.results.map((result) => pageKey(base, result.url)));
  const added = more.results.filter((result) => !seen.has(pageKey(base, result.url)));
  return {
    ...primary,
    results: [...primary.results, ...added].slice(0, limit),
    total: primary.total + added.length + Math.max(0, more.total - more.results.length),
    counts: primary.total > 0 ? primary.counts : more.counts,
    corrections: primary.corrections.length > 0 ? primary.corrections : more.corrections,
    highlight: [...new Set([...primary.highlight, ...more.highlight])],
  };
}

export interface ShownResult extends PageData {
  covered: number;
  score: number;
}

export interface SearchOutcome {
  results: ShownResult[];
  /** Pages that cover enough of the query to be worth listing. */
  total: number;
  /** Count per filter value among those pages, e.g. `{ platform: { android: 4 } }`. */
  counts: Record<string, Record<string, number>>;
  /** Words that found nothing and were searched as the word they most likely meant. */
  corrections: { typed: string; meant: string }[];
  units: Unit[];
  /** Words to mark in excerpts: those typed, and every term of the concepts they stand for. */
  highlight: string[];
}

/** How many pages' data facet counts read: the relevant set up to this. */
const MAX_COUNTED = 40;
/** How far past the shown pages a troubleshooter is loaded, as it may move up when the query names its symptom. */
const RANK_WINDOW = 4;

async function searchBundle(
  base: string,
  bundleKey: BundleKey,
  query: string,
  filters: Record<FilterKey, string[]>,
  limit: number,
  { withCounts = false, withCodes = true }: { withCounts?: boolean; withCodes?: boolean } = {},
): Promise<SearchOutcome> {
  const [index, codes] = await Promise.all([
    glossary(base, glossaryLanguages(query)),
    withCodes ? codePages(base) : Promise.resolve([]),
  ]);
  const plan = planQuery(query, index);
  const coded = matchCodes(query, codes);
  const bundle = SEARCH_BUNDLES[bundleKey];
  const pagefind = await loadBundle(base, bundle);
  const corrections: SearchOutcome['corrections'] = [];

  // Each unit is searched on its own (a query of question words only, or filters alone: the
  // query as typed). Pagefind applies the filters, so pages that do not match are never loaded.
  const terms = plan.units.map((unit) => (unit.kind === 'concept' ? conceptToken(unit.concept) : unit.text));
  const searches = terms.length > 0 ? terms : [query.trim() || null];
  const searchUnits = (options: { filters: Record<string, unknown> }) =>
    Promise.all(
      searches.map(async (term, index) => {
        const unit = plan.units[index];
        const found = await hitsOf(pagefind, term, options);
        const hits = unit?.kind === 'word' && !(await foundTheWord(found, unit.text)) ? [] : found;
        if (hits.length > 0 || unit?.kind !== 'word' || unit.lang !== 'en') return hits;
        const meant = correction(unit.text, await loadJson<string[]>(`${base}search/vocabulary.json`));
        if (!meant) return hits;
        if (!corrections.some((known) => known.typed === unit.text)) corrections.push({ typed: unit.text, meant });
        return hitsOf(pagefind, meant, options);
      }),
    );
  // Which pages are error codes and troubleshooters, from the list the build wrote, before loading any data.
  const [hitsPerUnit, pageKinds, pageCount] = await Promise.all([
    searchUnits({ filters: pagefindFilters(filters) }),
    loadJson<PageKinds>(`${base}${kindsPath(bundleKey)}`),
    indexedPages(base, bundle),
  ]);
  const weights = unitWeights(plan.units, index.concepts);
  const listed = relevant(
    mergeHits(
      hitsPerUnit.map((hits) => hits.map(({ id, score }): Hit => ({ id, score }))),
      pageCount,
      weights,
    ),
  );
  // A page's data (its excerpt and sections) comes from its hit on the rarest unit it matched:
  // the section about "CallKit" says more than the one about "audio".
  const byId = hitIndex(hitsPerUnit);
  const kinds = { errors: new Set(pageKinds.errors) };
  const trees = new Set(pageKinds.trees);

  // Pages of the codes the query is or names come first, whether or not the index matched them.
  const named = [...coded.exact, ...coded.named];
  const meaning = named.length > 0 ? await loadJson<Record<string, string>>(`${base}search/codes-text.json`) : {};
  const codeResults = named
    .map((page) => codeResult(base, page, meaning[page.path]))
    .filter((page) => matchesFilters(page, filters));
  const first = new Set(codeResults.map((page) => page.url));
  const concepts = new Set(plan.units.flatMap((unit) => (unit.kind === 'concept' ? [unit.concept] : [])));
  // The data of the pages shown, and of a troubleshooter just below them (the symptom rule may lift it).
  const window = orderCandidates(listed, kinds)
    .slice(0, limit + RANK_WINDOW)
    .filter((candidate, at) => at < limit || trees.has(candidate.id));
  const loaded = await Promise.all(
    window.map(async (candidate) => ({ candidate, ...(await ownData(byId.get(candidate.id)!)) })),
  );
  const ordered = [
    ...codeResults,
    ...orderPages(loaded, query, concepts, {
      conceptsOnly: plan.units.every((unit) => unit.kind === 'concept'),
    }).filter((page) => !first.has(page.url)),
  ];
  return {
    results: ordered
      .slice(0, limit)
      .map(({ candidate, ...data }) => ({ ...data, covered: candidate.covered, score: candidate.score })),
    total: codeResults.length + listed.length,
    counts: withCounts ? facetCounts(await countedPages(), filters) : {},
    corrections,
    units: plan.units,
    highlight: [
      ...plan.units.flatMap((unit) => {
        if (unit.kind === 'word') return [unit.text];
        const concept = index.concepts.get(unit.concept);
        return [unit.matched, ...(concept?.en ?? []), ...(concept?.zh ?? [])];
      }),
      ...corrections.map((correction) => correction.meant),
    ],
  };

  /** The relevant pages without filters, for counts that say what each choice would leave. */
  async function countedPages(): Promise<PageData[]> {
    const unfiltered = await searchUnits({ filters: {} });
    const candidates = relevant(
      mergeHits(
        unfiltered.map((hits) => hits.map(({ id, score }): Hit => ({ id, score }))),
        pageCount,
        weights,
      ),
    );
    const data = hitIndex(unfiltered);
    return [
      ...named.map((page) => codeResult(base, page, meaning[page.path])),
      ...(await Promise.all(candidates.slice(0, MAX_COUNTED).map((candidate) => ownData(data.get(candidate.id)!)))),
    ];
  }
}

/** Each page's hit on the rarest unit it matched. */
function hitIndex(hitsPerUnit: readonly PagefindResult[][]): Map<string, PagefindResult> {
  return new Map(
    [...hitsPerUnit]
      .sort((a, b) => b.length - a.length)
      .flat()
      .map((hit) => [hit.id, hit]),
  );
}

/** A named code's page as a result, from the code list: it needs nothing from the index. */
function codeResult(base: string, page: CodePage, summary = ''): PageData & { candidate: Candidate } {
  // On a Chinese page, the code's Chinese page (every error-code page has one when the site is bilingual).
  const path = chinesePage() ? `zh${page.path}` : page.path.slice(1);
  return {
    url: `${base}${path}`,
    excerpt: '',
    meta: { title: page.title, type: ERROR_CODE_TYPE, summary },
    filters: { type: [ERROR_CODE_TYPE] },
    sub_results: [],
    candidate: { id: page.path, covered: 1, score: Infinity },
  };
}

/** Values within a group are alternatives; every group with a choice must match. */
function matchesFilters(page: PageData, filters: Record<FilterKey, string[]>, except?: FilterKey): boolean {
  return (Object.entries(filters) as [FilterKey, string[]][]).every(
    ([key, values]) =>
      key === except || values.length === 0 || values.some((value) => page.filters?.[key]?.includes(value)),
  );
}

/** For each group, how many pages each value would show, given the choices in the other groups. */
function facetCounts(
  pages: readonly PageData[],
  filters: Record<FilterKey, string[]>,
): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const key of Object.keys(filters) as FilterKey[]) {
    const group = (counts[key] = {} as Record<string, number>);
    for (const page of pages) {
      if (!matchesFilters(page, filters, key)) continue;
      for (const value of page.filters?.[key] ?? []) group[value] = (group[value] ?? 0) + 1;
    }
  }
  return counts;
}

/** Pages in a bundle, from its entry file (already in the browser cache once Pagefind has loaded). */
async function indexedPages(base: string, bundle: string): Promise<number> {
  const entry = await loadJson<{ languages?: Record<string, { page_count: number }> }>(
    `${base}${bundle}/pagefind-entry.json`,
  );
  return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + language.page_count, 0) || 100;
}

/**
 * Whether Pagefind found the word itself, judged by the words it marked in the best
 * hit's excerpt: for a word it does not have, it returns the pages of its longest
 * indexed prefix ("callkeep" → "call"), which would rank like a rare, exact match.
 * A hit without marks (a match in the title or metadata) is taken as found.
 */
async function foundTheWord(hits: readonly PagefindResult[], word: string): Promise<boolean> {
  if (hits.length === 0) return false;
  const { excerpt } = await ownData(hits[0]!);
  const marked = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]!);
  return marked.length === 0 || marked.some((text) => sameWord(word, text));
}

async function hitsOf(pagefind: Pagefind, term: string | null, options: { filters: Record<string, unknown> }) {
  const response = await pagefind.search(term, options);
  return response?.results ?? [];
}
