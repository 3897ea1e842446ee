/**
 * Search quality on real questions, the way hosted-search vendors report it: for the
 * answerable questions of each language, how often a correct page is first, in the
 * top 3, in the top 10; the mean reciprocal rank; and how many queries show nothing.
 */
export interface Question {
  id: string;
  lang: 'en' | 'zh';
  query: string;
  asked: string;
  source: string;
  topic?: string;
  /** Ids of the pages that truly answer it, best first: `KB-1301`, `errors/ice/701`, `troubleshoot/no-audio`. */
  answers: string[];
  answerable: boolean;
  exclude?: string;
  note?: string;
}

export interface Ranked {
  question: Question;
  /** Ids of the results the search page showed, in order. */
  results: string[];
}

export interface Scores {
  questions: number;
  answerable: number;
  at1: number;
  at3: number;
  at10: number;
  mrr: number;
  /** Share of answerable questions with no result at all. */
  zeroResults: number;
}

export function score(ranked: readonly Ranked[]): Scores {
  const answerable = ranked.filter(({ question }) => question.answerable && question.answers.length > 0);
  const rankOf = ({ question, results }: Ranked) => {
    const index = results.findIndex((id) => question.answers.includes(id));
    return index === -1 ? Infinity : index + 1;
  };
  const ranks = answerable.map(rankOf);
  const share = (count: number) => (answerable.length === 0 ? 0 : count / answerable.length);
  return {
    questions: ranked.length,
    answerable: answerable.length,
    at1: share(ranks.filter((rank) => rank <= 1).length),
    at3: share(ranks.filter((rank) => rank <= 3).length),
    at10: share(ranks.filter((rank) => rank <= 10).length),
    mrr: share(ranks.reduce((sum, rank) => sum + (Number.isFinite(rank) ? 1 / rank : 0), 0)),
    zeroResults: share(answerable.filter(({ results }) => results.length === 0).length),
  };
}

/** Scores for all questions and per language. */
export function scoreByLanguage(ranked: readonly Ranked[]): Record<'all' | 'en' | 'zh', Scores> {
  return {
    all: score(ranked),
    en: score(ranked.filter(({ question }) => question.lang === 'en')),
    zh: score(ranked.filter(({ question }) => question.lang === 'zh')),
  };
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

export function scoreTable(scores: Record<string, Scores>): string {
  const rows = Object.entries(scores).map(
    ([name, s]) =>
      `| ${name} | ${s.answerable} | ${percent(s.at1)} | ${percent(s.at3)} | ${percent(s.at10)} | ${s.mrr.toFixed(3)} | ${percent(s.zeroResults)} |`,
  );
  return [
    '| questions | answerable | top 1 | top 3 | top 10 | MRR | zero results |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}
