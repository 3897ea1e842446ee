import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
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

/**
 * The healthy dump, every series repeated until the file passes `target` bytes: a
 * call of several hours, in the format Chrome writes (plain JSON, as older Chrome).
 * The end-to-end test and the benchmark open the same file.
 */
export function longCallDump(target: number): Buffer {
  const dump = JSON.parse(gunzipSync(fixtureBytes('healthy')).toString('utf8')) as {
    PeerConnections: Record<string, { stats: Record<string, { startTime: string; endTime: string; values: string }> }>;
  };
  const original = JSON.stringify(dump);
  const times = Math.ceil(target / original.length);
  let text = extend(JSON.parse(original), times);
  // Values grow faster than the rest of the file: one correction lands just past the target.
  if (text.length < target) text = extend(JSON.parse(original), Math.ceil((times * target) / text.length));
  return Buffer.from(text);
}

function extend(
  dump: {
    PeerConnections: Record<string, { stats: Record<string, { startTime: string; endTime: string; values: string }> }>;
  },
  times: number,
): string {
  for (const pc of Object.values(dump.PeerConnections)) {
    for (const [key, series] of Object.entries(pc.stats)) {
      const values = JSON.parse(series.values) as unknown[];
      const start = Date.parse(series.startTime);
      const span = Date.parse(series.endTime) - start + 1000;
      const extended: unknown[] = [];
      for (let round = 0; round < times; round += 1) {
        for (const value of values) {
          extended.push(key.endsWith('-timestamp') && typeof value === 'number' ? value + round * span : value);
        }
      }
      series.values = JSON.stringify(extended);
      series.endTime = new Date(start + times * span - 1000).toISOString();
    }
  }
  return JSON.stringify(dump);
}
