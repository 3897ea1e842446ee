/**
 * Exact error codes, found without the full-text index: a pasted code must reach its
 * page even when the words around it match other pages better, and even when Pagefind
 * splits it into pieces (`0x6D737276`, `ERROR_CAMERA_IN_USE`, `-1`). The build writes
 * every code's names once (`/search/codes.json`); the client matches the query here.
 */
import { errorKey } from '../error-key.ts';
import { errorPath } from '../error-paths.ts';

/** One error-code page: its title, and every name it is known by, in the forms matching compares. */
export interface CodePage {
  path: string;
  title: string;
  keys: string[];
  /** Which names are numbers (`1006`, `-1`): they must stand as a word of their own in the query. */
  numbers: string[];
  /** Code-like names as written, lower case (`notreadableerror`, `error_camera_in_use`, `netstream.failed`). */
  tokens: string[];
  /** Messages of four words or more, as words (`could not start video source`). */
  messages: string[];
}

/** The tokens of a pasted line: words with their inner punctuation (`NetStream.Play.Failed`), wrappers stripped. */
function lineTokens(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[\s()[\]{}:,;"'`<>]+/)
      .map((token) => token.replace(/^[.!?-]+(?=\w)|[.!?]+$/g, ''))
      .filter(Boolean),
  );
}

/** Words of a name or a line: case and separators aside (`ERROR_CAMERA_IN_USE` → `error camera in use`). */
export function codeWords(text: string): string {
  return text
    .toLowerCase()
    .split(/[\s_.:'"()\-,;?[\]{}]+/)
    .filter(Boolean)
    .join(' ');
}

/**
 * Pages whose code the query names:
 * - `exact`: a name is exactly what was typed (case, spaces and punctuation aside);
 * - `named`: the query contains a code-like name as written (`NotReadableError`,
 *   `MEDIA_ERR_SRC_NOT_SUPPORTED`, `NetStream.Play.Failed`) or a message of four words
 *   or more, as when a code is pasted with words around it; longest name first;
 * - `mentioned`: the query contains a number of three digits or more that is a code
 *   (`404`, `1006`): worth ranking, too common in sentences to put first.
 * "camera error" or "play failed" inside a question name nothing (not `CAMERA_ERROR`,
 * not `Play.Failed`): they are how people describe a problem, not a code they pasted.
 */
export function matchCodes(
  query: string,
  pages: readonly CodePage[],
): { exact: CodePage[]; named: CodePage[]; mentioned: CodePage[] } {
  const typed = errorKey(withoutWrapper(query));
  const exact: CodePage[] = [];
  const named: { page: CodePage; length: number }[] = [];
  const mentioned: CodePage[] = [];
  if (typed.length < 1) return { exact, named: [], mentioned };
  const numbers = new Set(query.match(/(?<![\w.])-?\d{3,}(?![\w.])/g) ?? []);
  const line = ` ${codeWords(query)} `;
  const tokens = lineTokens(query);
  for (const page of pages) {
    if (page.keys.includes(typed)) {
      exact.push(page);
      continue;
    }
    const length = Math.max(
      0,
      ...page.tokens.filter((token) => tokens.has(token)).map((token) => token.length),
      ...page.messages.filter((message) => line.includes(` ${message} `)).map((message) => message.length),
    );
    if (length > 0) named.push({ page, length });
    else if (page.numbers.some((number) => numbers.has(number))) mentioned.push(page);
  }
  return { exact, named: named.sort((a, b) => b.length - a.length).map(({ page }) => page), mentioned };
}

/**
 * A pasted exception keeps the words the console put before its message: "Error: Ice
 * connection failed." (simple-peer), "Uncaught (in promise) Error: …". They are not part
 * of any code's name, so the rest is compared exactly.
 */
function withoutWrapper(query: string): string {
  return query.replace(/^\s*(?:uncaught\s*)?(?:\(in promise\)\s*)?(?:error|exception)\s*:\s*/i, '');
}

/** A name that is a code as written: one token, with capitals inside, `_`, `.` or digits (`NotReadableError`, `CAMERA_ERROR`). */
function codeLike(name: string): boolean {
  const trimmed = name.trim();
  return !/\s/.test(trimmed) && errorKey(trimmed).length >= 6 && /[A-Z_.]|\d/.test(trimmed.slice(1));
}

/** A code as the build lists it (`/search/codes.json`): the client derives the rest with `codePage`. */
export interface CodeNames {
  path: string;
  title: string;
  names: string[];
}

export function codePage({ path, title, names }: CodeNames): CodePage {
  return { path, title, ...codeKeys(names) };
}

/**
 * The list as it travels (`/search/codes.json`): grouped by API, each code as
 * `[slug, code, ...aliases and messages]`, so paths and the API's name are not
 * repeated 160 times. `expandCodeList` gives back one `CodeNames` per code.
 */
export interface CodeListApi {
  api: string;
  name: string;
  codes: [slug: string, code: string, ...names: string[]][];
}

export function expandCodeList(list: readonly CodeListApi[]): CodeNames[] {
  return list.flatMap(({ api, name, codes }) =>
    codes.map(([slug, ...names]) => ({ path: errorPath(api, slug), title: `${names[0]} · ${name}`, names })),
  );
}

/** The names of a code as matching needs them. */
export function codeKeys(names: readonly string[]): Pick<CodePage, 'keys' | 'numbers' | 'tokens' | 'messages'> {
  return {
    keys: [...new Set(names.map(errorKey).filter(Boolean))],
    numbers: [...new Set(names.map((name) => name.trim()).filter((name) => /^-?\d+$/.test(name)))],
    tokens: [...new Set(names.filter(codeLike).map((name) => name.trim().toLowerCase()))],
    messages: [...new Set(names.filter((name) => name.trim().split(/\s+/).length >= 4).map(codeWords))],
  };
}
