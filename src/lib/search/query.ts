/**
 * The query side of search, as pure steps (STYLE: tokenise → normalise → expand with
 * the glossary → plan): the browser only runs the plan against Pagefind and renders.
 *
 * Pagefind keeps only pages that contain every word of a query, and matches an
 * unspaced Chinese phrase on its first word only. So a query is never sent as typed:
 * it becomes a set of units (glossary concepts, and words the glossary does not know),
 * each searched on its own, and pages are ranked by how many units they cover.
 */
import type { Concept } from '../../schemas/glossary.ts';

/** What matching needs of a concept: the glossary page needs more. */
export type ConceptTerms = Pick<Concept, 'id' | 'en' | 'zh'> & { kind?: Concept['kind'] };

export const HAN = /\p{Script=Han}/u;

/** Words that ask rather than say: they never make a search stricter. */
export const QUESTION_WORDS = {
  en: new Set(
    'a an the how why what when where which who whom whose is are was were be been being do does did doing done can could should would will shall may might must my our your their his her its i we you they me us them it this that these those to of in on at for with from by about as into onto over after before than then and or but if so not no any some all every there here get got getting gets make makes made have has had having also just still only very too really please help issue problem question error fix fixing solve solved solution way ways best'.split(
      ' ',
    ),
  ),
  zh: new Set(
    '怎么 怎么办 怎样 如何 为什么 为啥 什么 哪些 哪个 是否 是不是 能不能 可以 可不可以 请问 求助 问题 解决 办法 方法 吗 呢 吧 啊 呀 了 的 地 得 和 与 及 或 在 是 有 就 都 也 还 又 会 要 把 被 让 给 对 从 到 用 时 时候 一直 总是 经常 偶尔 出现 发现 遇到 导致 原因 无法 不能 不行 能 使用 常见 正常 突然 后 前 中 上 下 里 内 时 一个 一些 这个 那个 这样 那样 已经 现在 之后 之前 情况 如下 报错 错误 失败 成功 问一下 大家 有没有'.split(
      ' ',
    ),
  ),
};

export interface Token {
  text: string;
  /** `latin` words are matched whole; `han` runs are matched by glossary substrings, then segmented. */
  kind: 'latin' | 'han';
}

/** NFKC, lower case, punctuation to spaces; keeps `.` and `-` inside words (h.264, x-ray) and `+`, `#` after them (c++, c#). */
export function normalize(query: string): string {
  return query
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.+#\s-]+/gu, ' ')
    .replace(/(?<![\p{L}\p{N}])[.+#-]+|[.-]+(?![\p{L}\p{N}])/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits a normalised query into Latin words and runs of Chinese characters. */
export function tokenize(normalized: string): Token[] {
  const tokens: Token[] = [];
  for (const match of normalized.matchAll(/(\p{Script=Han}+)|([^\s\p{Script=Han}]+)/gu)) {
    if (match[1]) tokens.push({ text: match[1], kind: 'han' });
    else if (match[2]) tokens.push({ text: match[2], kind: 'latin' });
  }
  return tokens;
}

/**
 * Chinese words of a run, the way the browser segments them (Intl.Segmenter), question
 * words out. The browser's dictionary does not know much of this field's vocabulary: it
 * cuts 压测, 拨测 or 断流 into single characters. A lone character matches half the pages,
 * so characters that come apart in a row are put back together as one word, which is
 * how the index holds them; a character on its own is dropped (the glossary catches the
 * single characters that mean something, such as 卡 for stutter).
 */
export function segmentChinese(run: string): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const words: string[] = [];
  let pending = '';
  const flush = () => {
    if (pending.length > 1) words.push(pending);
    pending = '';
  };
  for (const { segment, isWordLike } of segmenter.segment(run)) {
    if (!isWordLike || QUESTION_WORDS.zh.has(segment)) flush();
    else if (segment.length === 1) pending += segment;
    else {
      flush();
      words.push(segment);
    }
  }
  flush();
  return words;
}

/**
 * Whether a word Pagefind marked in an excerpt is the word that was searched. When the
 * index lacks a word, Pagefind matches its longest indexed prefix instead: "callkeep"
 * finds every page with "call", "massive" every page with "mass", a nonsense word a
 * single letter. A real match shares all but the word's ending with it ("terminated" →
 * "terminating", "ips" → "IP"; 周期性 → 周期), or a stem of five letters or more
 * ("camera2session" → "Camera2").
 */
export function sameWord(searched: string, marked: string): boolean {
  const a = [...searched.toLowerCase()];
  const b = [...marked.toLowerCase()];
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  if (HAN.test(searched)) return shared >= Math.max(2, a.length - 1);
  // Pagefind stems what it indexes and marks: "working" finds "work", "stopping" "stop".
  const root = searched
    .toLowerCase()
    .replace(/(ing|ed|ers|er|es|ly)$/, '')
    .replace(/([^aeiou])\1$/, '$1');
  const inflected = root.length >= 4 && root.length < a.length && shared >= root.length;
  return inflected || shared >= Math.min(a.length, 5) || shared >= Math.max(1, a.length - 2);
}

/** A small number ("10 seconds", "50 %") says nothing about which page answers; a code (1006, 701) does. */
function meaningfulNumber(word: string): boolean {
  return !/^\d+$/.test(word) || word.length >= 3;
}

/**
 * English words reduced to a comparable form: "freezes", "freezing" and "froze" are not
 * all equal, but plurals are, and a hyphen between letters does not count ("Wi-Fi" is
 * "wifi", "one-way" is "oneway").
 */
export function stem(hyphenated: string): string {
  const word = /^[a-z]+(?:-[a-z]+)+$/.test(hyphenated) ? hyphenated.replaceAll('-', '') : hyphenated;
  if (word.length <= 3) return word;
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word)) return word;
  if (/(xes|ches|shes|sses)$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * Words people put inside a phrase the glossary holds without them: "the phone gets
 * locked" is "phone locked", "screen is frozen" is "screen frozen". Never negations.
 */
const FILLERS = new Set(
  'a an the is are was were be been being get gets got getting become becomes my our your their his her its this that'.split(
    ' ',
  ),
);
const MAX_FILLERS = 2;

/** How many tokens from `at` spell the phrase, allowing fillers between its words; 0 if they do not. */
function phraseLength(
  phrase: readonly string[],
  stems: readonly string[],
  tokens: readonly Token[],
  at: number,
): number {
  let next = at;
  let skipped = 0;
  for (const [offset, word] of phrase.entries()) {
    while (offset > 0 && stems[next] !== word && FILLERS.has(tokens[next]?.text ?? '') && skipped < MAX_FILLERS) {
      next++;
      skipped++;
    }
    if (stems[next] !== word) return 0;
    next++;
  }
  return next - at;
}

/** The glossary, indexed for matching: English phrases by their first stemmed word, Chinese terms longest first. */
export interface GlossaryIndex {
  concepts: ReadonlyMap<string, ConceptTerms>;
  /** Stemmed first word → phrases (as stemmed word lists) and their concept. */
  english: ReadonlyMap<string, { words: string[]; concept: string }[]>;
  /** Chinese terms, longest first. */
  chinese: readonly { term: string; concept: string }[];
  /** Terms that mix Latin and Chinese (`B帧`, `NAT类型`, `跨房PK`), matched across the boundary, spaced or not. */
  mixed: readonly { pattern: RegExp; concept: string }[];
}

const words = (text: string) => normalize(text).split(' ').filter(Boolean).map(stem);

export function indexGlossary(concepts: readonly ConceptTerms[]): GlossaryIndex {
  const english = new Map<string, { words: string[]; concept: string }[]>();
  const chinese: { term: string; concept: string }[] = [];
  const mixed: { term: string; concept: string }[] = [];
  for (const concept of concepts) {
    for (const term of [...concept.en, ...concept.zh]) {
      if (HAN.test(term)) {
        const normalized = normalize(term).replace(/\s+/g, '');
        (/[a-z0-9]/.test(normalized) ? mixed : chinese).push({ term: normalized, concept: concept.id });
        continue;
      }
      // "one-way audio" is also typed "one way audio" (and "oneway audio", which stem() folds).
      const phrases = [words(term), words(term.replace(/(?<=[a-z])-(?=[a-z])/gi, ' '))].filter(
        (phrase, at, all) => phrase.length > 0 && all.findIndex((other) => other.join(' ') === phrase.join(' ')) === at,
      );
      for (const phrase of phrases) {
        const list = english.get(phrase[0]!) ?? [];
        list.push({ words: phrase, concept: concept.id });
        english.set(phrase[0]!, list);
      }
    }
  }
  for (const list of english.values()) list.sort((a, b) => b.words.length - a.words.length);
  chinese.sort((a, b) => b.term.length - a.term.length);
  mixed.sort((a, b) => b.term.length - a.term.length);
  return {
    concepts: new Map(concepts.map((concept) => [concept.id, concept])),
    english,
    chinese,
    mixed: mixed.map(({ term, concept }) => ({ pattern: mixedPattern(term), concept })),
  };
}

/** `b帧` matches "B帧" and "B 帧"; `nat类型` matches "NAT类型" and "NAT 类型", but not "snat类型". */
function mixedPattern(term: string): RegExp {
  const escape = (char: string) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let source = '';
  for (const [index, char] of [...term].entries()) {
    const previous = [...term][index - 1];
    if (previous && HAN.test(previous) !== HAN.test(char)) source += '\\s*';
    source += escape(char);
  }
  return new RegExp(`(?<![a-z0-9])${source}(?![a-z0-9])`, 'gu');
}

/** Mixed-script glossary terms found in a normalised text, and the text with them blanked out. */
function takeMixed(normalized: string, glossary: GlossaryIndex): { rest: string; units: Unit[] } {
  let rest = normalized;
  const found: { at: number; unit: Unit }[] = [];
  for (const { pattern, concept } of glossary.mixed) {
    rest = rest.replace(pattern, (match, at: number) => {
      found.push({ at, unit: { kind: 'concept', concept, matched: match } });
      return ' '.repeat(match.length);
    });
  }
  return { rest, units: found.sort((a, b) => a.at - b.at).map((entry) => entry.unit) };
}

/** One thing the query asks about: a glossary concept, or a word the glossary does not know. */
export type Unit =
  { kind: 'concept'; concept: string; matched: string } | { kind: 'word'; text: string; lang: 'en' | 'zh' };

export interface QueryPlan {
  /** The query as typed, trimmed: used for exact error codes and the strict first search. */
  raw: string;
  units: Unit[];
  /** Whether the query has Chinese in it: it then searches the Chinese index. */
  chinese: boolean;
}

/**
 * Turns a query into units: glossary phrases (longest first) become concepts, other
 * English words stay words, other Chinese is segmented into words; question words and
 * repeats drop out.
 */
export function planQuery(query: string, glossary: GlossaryIndex): QueryPlan {
  const normalized = normalize(query);
  const { rest, units } = takeMixed(normalized, glossary);
  return {
    raw: query.trim(),
    units: dedupe([...units, ...scanUnits(tokenize(rest), glossary, true)]),
    chinese: HAN.test(normalized),
  };
}

function dedupe(units: readonly Unit[]): Unit[] {
  const seen = new Set<string>();
  return units.filter((unit) => {
    const key = unit.kind === 'concept' ? `c:${unit.concept}` : `w:${unit.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every concept a text mentions, for the index text of the page that holds it. */
export function conceptsIn(text: string, glossary: GlossaryIndex): Set<string> {
  const { rest, units } = takeMixed(normalize(text), glossary);
  return new Set(
    [...units, ...scanUnits(tokenize(rest), glossary, false)].flatMap((unit) =>
      unit.kind === 'concept' ? [unit.concept] : [],
    ),
  );
}

function scanUnits(typed: readonly Token[], glossary: GlossaryIndex, keepWords: boolean): Unit[] {
  const units: Unit[] = [];
  const seen = new Set<string>();
  const add = (unit: Unit) => {
    const key = unit.kind === 'concept' ? `c:${unit.concept}` : `w:${unit.text}`;
    if (!seen.has(key)) {
      seen.add(key);
      units.push(unit);
    }
  };
  const tokens = typed.flatMap((token) => dottedParts(token, glossary));
  const latin = tokens.map((token) => (token.kind === 'latin' ? stem(token.text) : ''));
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind === 'han') {
      for (const unit of chineseUnits(token.text, glossary, keepWords)) add(unit);
      continue;
    }
    const candidates = glossary.english.get(latin[index]!) ?? [];
    const match = candidates
      .map((candidate) => ({ concept: candidate.concept, length: phraseLength(candidate.words, latin, tokens, index) }))
      .find((candidate) => candidate.length > 0);
    if (match) {
      add({
        kind: 'concept',
        concept: match.concept,
        matched: tokens
          .slice(index, index + match.length)
          .map((t) => t.text)
          .join(' '),
      });
      index += match.length - 1;
    } else if (
      keepWords &&
      !QUESTION_WORDS.en.has(token.text) &&
      token.text.length > 1 &&
      meaningfulNumber(token.text)
    ) {
      add({ kind: 'word', text: token.text, lang: 'en' });
    }
  }
  return units;
}

/**
 * A dotted name the glossary does not know as a whole, as its parts: people paste
 * `MediaDevices.getUserMedia` or `navigator.mediaDevices`, and pages say getUserMedia.
 * Names the glossary knows (hls.js) and versions (h.264, 1.2) stay whole; parts of one
 * or two letters (`js`, `io`) say nothing on their own.
 */
function dottedParts(token: Token, glossary: GlossaryIndex): Token[] {
  if (token.kind !== 'latin' || !/[a-z]{2}\.[a-z]{2}/.test(token.text)) return [token];
  const known = (glossary.english.get(stem(token.text)) ?? []).some((candidate) => candidate.words.length === 1);
  if (known) return [token];
  return token.text
    .split('.')
    .filter((part) => part.length > 2)
    .map((part) => ({ text: part, kind: 'latin' as const }));
}

/** Glossary terms found in a Chinese run (longest first, without overlap), the rest segmented. */
function chineseUnits(run: string, glossary: GlossaryIndex, keepWords: boolean): Unit[] {
  const taken = new Array<boolean>(run.length).fill(false);
  const found: { at: number; unit: Unit }[] = [];
  for (const { term, concept } of glossary.chinese) {
    let from = 0;
    for (let at = run.indexOf(term, from); at !== -1; at = run.indexOf(term, from)) {
      from = at + 1;
      if (taken.slice(at, at + term.length).some(Boolean)) continue;
      taken.fill(true, at, at + term.length);
      found.push({ at, unit: { kind: 'concept', concept, matched: term } });
    }
  }
  let rest = '';
  const flush = (at: number) => {
    if (keepWords)
      for (const word of segmentChinese(rest)) found.push({ at, unit: { kind: 'word', text: word, lang: 'zh' } });
    rest = '';
  };
  for (let at = 0; at < run.length; at++) {
    if (taken[at]) flush(at);
    else rest += run[at];
  }
  flush(run.length);
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.unit);
}

/**
 * Tokens every error-code page and every troubleshooter carries in its index text, so
 * the client learns which results are which from the index, before loading their data.
 */
export const ERROR_TOKEN = 'kbterror';
export const TREE_TOKEN = 'kbttree';

/** The word a page's index text carries for a concept: one token, so a concept is one search. */
export function conceptToken(concept: string): string {
  return `kbc${concept.replace(/[^a-z0-9]/g, '')}`;
}
