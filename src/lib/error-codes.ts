import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { errorApiSchema, errorSlug, type ErrorApi, type ErrorCode } from '../schemas/errors.ts';
import { readDataFile, type DataFile } from './data-files.ts';

/** Error-code files live in `content/errors/`, one per API; the file name is the API's URL segment. */
export const ERRORS_DIR = 'errors';

export interface ErrorApiFile extends DataFile<ErrorApi> {
  /** `getusermedia` for `content/errors/getusermedia.yaml`. */
  api: string;
}

export function readErrorApis(contentRoot: string): ErrorApiFile[] {
  const dir = join(contentRoot, ERRORS_DIR);
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.yaml'));
  } catch {
    return [];
  }
  return names.sort().map((name) => ({
    api: name.replace(/\.yaml$/, ''),
    ...readDataFile(join(dir, name), errorApiSchema, 'error-codes'),
  }));
}

export interface ErrorEntry {
  api: string;
  apiName: string;
  slug: string;
  /** Site path of the code's page. */
  path: string;
  code: ErrorCode;
}

export function errorPath(api: string, slug: string): string {
  return `/errors/${api}/${slug}/`;
}

/** Every code of every valid API file, with its page path. */
export function errorEntries(files: readonly ErrorApiFile[]): ErrorEntry[] {
  return files.flatMap((file) =>
    (file.data?.codes ?? []).map((code) => {
      const slug = errorSlug(code);
      return { api: file.api, apiName: file.data!.name, slug, path: errorPath(file.api, slug), code };
    }),
  );
}
