import { describe, expect, it } from 'vitest';
import { diagnoseStrings } from './diagnose.ts';

/** Every string of a dictionary by its dotted key, array items included. */
function leaves(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return [[key, value]];
  return Object.entries(value as object).flatMap(([name, item]) => leaves(item, key ? `${key}.${name}` : name));
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('diagnostics dictionaries', () => {
  const en = new Map(leaves(diagnoseStrings.en));
  const zh = new Map(leaves(diagnoseStrings.zh));

  it('has the same sentences in Chinese, none left empty', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    // `kinds.` (the empty kind) and the separator between a report's sentences are empty on purpose.
    for (const [key, text] of zh)
      if (en.get(key)!.trim() !== '' && key !== 'common.punctuation.sentences') expect(text.trim(), key).not.toBe('');
  });

  it('keeps every placeholder, so no number or name goes missing from a Chinese sentence', () => {
    for (const [key, text] of zh) expect(placeholders(text), key).toEqual(placeholders(en.get(key)!));
  });
});
