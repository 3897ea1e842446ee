/** Where error-code pages live. Kept free of schemas so the search client can import it. */

export const ERRORS_PATH = '/errors/';

export function errorPath(api: string, slug: string): string {
  return `/errors/${api}/${slug}/`;
}

/** The page listing one API's codes: its 错误码 table. */
export function errorApiPath(api: string): string {
  return `/errors/${api}/`;
}

/** The short link of a code, `/errors/notreadableerror/`: the code's page, or a choice when APIs share it. */
export function errorShortPath(slug: string): string {
  return `/errors/${slug}/`;
}
