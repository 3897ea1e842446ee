import { describe, expect, it } from 'vitest';
import { highlightRanges, withoutTokens } from './highlight.ts';

const marked = (text: string, terms: string[]) =>
  highlightRanges(text, terms).map(([start, end]) => text.slice(start, end));

describe('highlightRanges', () => {
  it('marks every term of the concept, in English and Chinese, in reading order', () => {
    expect(
      marked('Echo (回声) comes back when the speaker is loud; hear myself', ['回声', 'echo', 'hear myself']),
    ).toEqual(['Echo', '回声', 'hear myself']);
  });

  it('prefers the longest term and never marks inside a Latin word', () => {
    expect(marked('acoustic echo, not echoes of a mechoe', ['echo', 'acoustic echo'])).toEqual([
      'acoustic echo',
      'echo',
    ]);
  });

  it('ignores one-letter terms', () => {
    expect(highlightRanges('a b c', ['a', 'b'])).toEqual([]);
  });
});

describe('withoutTokens', () => {
  it('removes concept tokens and their marks, keeps marks of words', () => {
    expect(withoutTokens('<mark>kbcecho</mark> kbcaec When the <mark>speaker</mark> plays')).toBe(
      'When the <mark>speaker</mark> plays',
    );
  });
});
