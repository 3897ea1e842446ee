/** Reads `content/errors/*.yaml`, one file per API. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { errorApiSchema, type ErrorApi } from '../schemas/errors.ts';
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
