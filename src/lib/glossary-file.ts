import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { glossarySchema, type Glossary } from '../schemas/glossary.ts';
import { readDataFile, type DataFile } from './data-files.ts';

export const GLOSSARY_FILE = 'glossary.yaml';

/** `content/glossary.yaml`; a content folder without one has an empty vocabulary. */
export function readGlossary(contentRoot: string): DataFile<Glossary> {
  const path = join(contentRoot, GLOSSARY_FILE);
  if (!existsSync(path)) return { path, data: { concepts: [] }, issues: [] };
  return readDataFile(path, glossarySchema, 'glossary');
}
