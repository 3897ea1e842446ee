import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { numbersSchema, type Numbers } from '../schemas/numbers.ts';
import { readDataFile, type DataFile } from './data-files.ts';
import { NUMBERS_FILE } from './numbers.ts';

/** `content/numbers.yaml`; a content folder without one simply has no numbers to refer to. */
export function readNumbers(contentRoot: string): DataFile<Numbers> {
  const path = join(contentRoot, NUMBERS_FILE);
  if (!existsSync(path)) return { path, data: { thresholds: {}, values: {} }, issues: [] };
  return readDataFile(path, numbersSchema, 'numbers');
}
