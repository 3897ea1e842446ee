import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readNumbers } from '../numbers-file.ts';
import { contentRoot } from '../content-root.ts';
import { dumpText, parseDump, type DumpModel } from './dump.ts';

/** The recorded dumps (`npm run diagnose:record`) and the real numbers, for the tests beside this file. */
export const FIXTURES = ['healthy', 'bandwidth-starved', 'audio-only'] as const;
export type FixtureName = (typeof FIXTURES)[number];

export function fixtureBytes(name: FixtureName): Uint8Array {
  return new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', `${name}.json.gz`)));
}

export async function fixtureModel(name: FixtureName): Promise<DumpModel> {
  return parseDump(await dumpText(fixtureBytes(name)));
}

export const numbers = readNumbers(contentRoot()).data!;
