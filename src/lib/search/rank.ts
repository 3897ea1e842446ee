/**
 * Merging and ranking, as pure functions: each unit of a query (a glossary concept or
 * a word) was searched on its own; a page ranks by the sum, over the units it covers,
 * of the unit's rarity times how strongly the page matches it. So a word no page has
 * never empties the list, and a page that answers the whole question beats one that
 * repeats a single common word.
 */
import { codeKeys, matchCodes } from './codes.ts';
import type { ConceptTerms, Unit } from './query.ts';
import { editDistance } from '../edit-distance.ts';
import { ERROR_CODE_TYPE, TROUBLESHOOTER_TYPE } from '../labels.ts';

export interface Hit {
  id: string;
  score: number;
}

export interface Candidate {
  id: string;
  /** How many of the query's units the page covers. */
  covered: number;
  /** How much of the query it covers: rare units weigh more than common ones, strong matches more than weak. */
  score: number;
}

/**
 * Merges the hits of each unit. A unit that most pages match ("android", "live stream")
 * says little about which page answers; a rare one ("howling", "CallKit") says a lot:
 * each unit weighs its inverse document frequency times its weight in the query
 * (`unitWeights`), and within it a page's Pagefind score (title and headings weigh more
 * than body text), scaled to the unit's best. The scaled score is raised to a power, so
 * a passing mention counts for much less than a page about it.
 */
export function mergeHits(
  hitsPerUnit: readonly (readonly Hit[])[],
  pageCount: number,
  weights: readonly number[] = [],
): Candidate[] {
  const byId = new Map<string, Candidate>();
  for (const [unit, hits] of hitsPerUnit.entries()) {
    if (hits.length === 0) continue;
    const idf = (weights[unit] ?? 1) * Math.log(1 + Math.max(pageCount, hits.length) / hits.length);
    const best = Math.max(...hits.map((hit) => hit.score)) || 1;
    for (const hit of hits) {
      const candidate = byId.get(hit.id) ?? { id: hit.id, covered: 0, score: 0 };
      candidate.covered += 1;
      candidate.score += idf * (MATCH_FLOOR + (1 - MATCH_FLOOR) * (hit.score / best) ** MATCH_POWER);
      byId.set(hit.id, candidate);
    }
  }
  return [...byId.values()].sort((a, b) => b.score - a.score || b.covered - a.covered || a.id.localeCompare(b.id));
}

/**
 * How Pagefind scores one unit's pages (its BM25 settings). Its defaults favour short
 * pages strongly (`pageLength` 0.75) and count every repeat of a word (`termFrequency`
 * 1): here a 60-word troubleshooter or a 150-word error-code page then outranks the
 * 1,000-word article that answers the question, because both say "echo" in the title.
 * These are the values Starlight ships for docs sites with pages of very different
 * lengths; on the judged questions they move Chinese MRR from 0.73 to 0.82 and leave
 * English level (see the search issue's note).
 */
export const PAGEFIND_RANKING = { pageLength: 0.1, termFrequency: 0.1, termSaturation: 2, termSimilarity: 9 } as const;

/** What the weakest match of a unit is still worth, and how steeply a stronger one counts more. */
const MATCH_FLOOR = 0.1;
const MATCH_POWER = 1.5;

/**
 * How much each unit of a query counts. A question is usually a symptom in a context
 * ("can't hear the host after co-hosting", 连麦后观众端听不到主播声音): the page that
 * answers it is about the symptom, and many pages mention the context. So a symptom
 * concept counts SYMPTOM_WEIGHT, and a context concept (a role, scenario or platform)
 * counts CONTEXT_WEIGHT when the query also names a symptom; without one, the context
 * is what the question is about and counts fully. A word the glossary does not know
 * counts WORD_WEIGHT: it may be the key ("callkeep") but as often noise that only one
 * page happens to contain ("zoom clone", "investigating"), and its rarity alone would
 * make it decide the ranking; a number (1006, 12909) is a code and counts CODE_WEIGHT.
 * Set on the odd-numbered judged questions and checked on the even-numbered ones (see
 * the search issue's note).
 */
export function unitWeights(units: readonly Unit[], concepts: ReadonlyMap<string, ConceptTerms>): number[] {
  const kindOf = (unit: Unit) => (unit.kind === 'concept' ? concepts.get(unit.concept)?.kind : undefined);
  const symptom = units.some((unit) => kindOf(unit) === 'symptom');
  return units.map((unit) => {
    if (unit.kind === 'word') return /^\d+$/.test(unit.text) ? CODE_WEIGHT : WORD_WEIGHT;
    const kind = kindOf(unit);
    if (kind === 'symptom') return SYMPTOM_WEIGHT;
    return kind === 'context' && symptom ? CONTEXT_WEIGHT : 1;
  });
}

export const SYMPTOM_WEIGHT = 2;
export const CONTEXT_WEIGHT = 0.5;
export const WORD_WEIGHT = 0.5;
/** A number of three digits or more (smaller ones are dropped) is a code someone read off a log: as specific as a concept. */
export const CODE_WEIGHT = 1;

/** Pages worth listing: a share of the best page's weight, so one stray word does not list everything. */
export function relevant(candidates: readonly Candidate[], share = 0.4): Candidate[] {
  const best = candidates[0]?.score ?? 0;
  return candidates.filter((candidate) => candidate.score >= best * share);
}

/**
 * Candidates in the order the final ranking will roughly keep, before any page's data is
 * loaded: an error-code page counts at UNNAMED_CODE_WEIGHT (its type is known from the
 * index), so the pages loaded for display are the right ones.
 */
export function orderCandidates(candidates: readonly Candidate[], kinds: { errors: ReadonlySet<string> }): Candidate[] {
  const weight = (candidate: Candidate) => candidate.score * (kinds.errors.has(candidate.id) ? UNNAMED_CODE_WEIGHT : 1);
  return [...candidates].sort((a, b) => weight(b) - weight(a));
}

export interface RankedPage {
  candidate: Candidate;
  meta: Record<string, string | undefined>;
}

/**
 * The final order of the pages whose data was loaded:
 * by score, where an error-code page the query does not name or mention counts at
 * UNNAMED_CODE_WEIGHT; within 10 % of each other, a troubleshooter comes first when
 * the query names one of the symptoms it covers. A troubleshooter the query names no
 * symptom of comes after the other pages.
 * A query that is nothing but symptoms a troubleshooter covers (黑屏, "no audio") gets
 * that troubleshooter first whatever the scores: there is nothing more specific to rank
 * by, and the troubleshooter asks the questions that narrow it down.
 * (Pages of codes the query names are put first before this, from `codes.ts`.)
 */
export function orderPages<T extends RankedPage>(
  pages: readonly T[],
  query: string,
  queryConcepts: ReadonlySet<string>,
  { conceptsOnly = false }: { conceptsOnly?: boolean } = {},
): T[] {
  const named = (page: T) => {
    const codes = (page.meta.codes ?? '').split('|').filter(Boolean);
    const found = matchCodes(query, [{ path: '', title: '', ...codeKeys(codes) }]);
    return found.exact.length + found.named.length + found.mentioned.length > 0;
  };
  const symptomsOf = (page: T) => (page.meta.symptoms ?? '').split(' ').filter(Boolean);
  const isTree = (page: T) => page.meta.type === TROUBLESHOOTER_TYPE;
  const pinned = (page: T) =>
    conceptsOnly &&
    isTree(page) &&
    queryConcepts.size > 0 &&
    [...queryConcepts].every((concept) => symptomsOf(page).includes(concept))
      ? 0
      : 1;
  const namesSymptom = (page: T) => symptomsOf(page).some((concept) => queryConcepts.has(concept));
  const treeRank = (page: T) => (isTree(page) && namesSymptom(page) ? 0 : 1);
  // A troubleshooter the query names no symptom of comes after the articles, whatever its score:
  // its short start page mentions rooms, calls and platforms strongly, and would outrank them.
  const offSymptom = (page: T) => (isTree(page) && !namesSymptom(page) ? 1 : 0);
  const weight = new Map(
    pages.map((page) => [
      page,
      page.candidate.score * (page.meta.type === ERROR_CODE_TYPE && !named(page) ? UNNAMED_CODE_WEIGHT : 1),
    ]),
  );
  // Scores within 10 % of each other are a tie, which the troubleshooter rule breaks.
  const band = (page: T) => Math.round(Math.log(Math.max(weight.get(page)!, 1e-6)) / Math.log(1.1));
  return [...pages].sort(
    (a, b) =>
      pinned(a) - pinned(b) ||
      offSymptom(a) - offSymptom(b) ||
      band(b) - band(a) ||
      treeRank(a) - treeRank(b) ||
      weight.get(b)! - weight.get(a)!,
  );
}

/**
 * An error-code page answers "what does this code mean"; a question that names no code
 * asks about a symptom, which an article or a troubleshooter answers better. Such a
 * page still ranks, at this share of its weight (set on the development half of the
 * judged questions, and checked on the other half).
 */
export const UNNAMED_CODE_WEIGHT = 0.6;

/** The closest known word to a misspelt one: one edit for short words, two for long ones; undefined if none. */
export function correction(word: string, vocabulary: readonly string[]): string | undefined {
  if (word.length < 4 || /\d/.test(word)) return undefined;
  const allowed = word.length >= 8 ? 2 : 1;
  let best: { word: string; distance: number } | undefined;
  for (const candidate of vocabulary) {
    if (Math.abs(candidate.length - word.length) > allowed || candidate === word) continue;
    const distance = editDistance(word, candidate);
    if (distance <= allowed && (!best || distance < best.distance)) best = { word: candidate, distance };
  }
  return best?.word;
}
