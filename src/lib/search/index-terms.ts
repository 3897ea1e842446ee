/**
 * What a page's index text carries besides its own words: for every glossary concept
 * it covers, one concept token, so a query's concept is one search whatever words it
 * was typed in (回声, "hear myself" and "echo" all search `kbcecho`). How strongly
 * depends on where the page mentions it: its title, summary, keywords and tags count
 * most, headings next, body text least.
 */
import { conceptsIn, conceptToken, type GlossaryIndex } from './query.ts';

export type Strength = 'title' | 'strong' | 'medium' | 'weak';
export const STRENGTHS: readonly Strength[] = ['title', 'strong', 'medium', 'weak'];
export const STRENGTH_WEIGHT: Readonly<Record<Strength, number>> = { title: 8, strong: 4, medium: 2, weak: 0.5 };

/** A page's text by place: its title says what it is about more than a passing mention in the body. */
export interface PageText {
  title: readonly string[];
  strong: readonly string[];
  medium: readonly string[];
  weak: readonly string[];
}

/** Concepts a page covers, each at the strongest place it is mentioned. */
export function pageConcepts(text: PageText, glossary: GlossaryIndex): Map<string, Strength> {
  const found = new Map<string, Strength>();
  for (const strength of STRENGTHS) {
    for (const concept of conceptsIn(text[strength].join('\n'), glossary))
      if (!found.has(concept)) found.set(concept, strength);
  }
  return found;
}

/** The index text per strength: the concept tokens. */
export function indexTerms(concepts: ReadonlyMap<string, Strength>): Record<Strength, string> {
  const text: Record<Strength, string[]> = { title: [], strong: [], medium: [], weak: [] };
  for (const [id, strength] of concepts) text[strength].push(conceptToken(id));
  return {
    title: text.title.join(' '),
    strong: text.strong.join(' '),
    medium: text.medium.join(' '),
    weak: text.weak.join(' '),
  };
}

/** Markdown source reduced to its prose: code fences and JSX tags out. */
export function proseOfMdx(body: string): string {
  return body
    .replace(/^```[\s\S]*?^```/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/^---[\s\S]*?---/, ' ');
}
