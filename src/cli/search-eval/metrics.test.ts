import { describe, expect, it } from 'vitest';
import { score, type Question } from './metrics.ts';

const question = (id: string, answers: string[], lang: 'en' | 'zh' = 'en'): Question => ({
  id,
  lang,
  query: id,
  asked: id,
  source: 'https://example.com/',
  answers,
  answerable: answers.length > 0,
});

describe('search scores', () => {
  it('counts ranks of the first correct result, ignoring unanswerable questions', () => {
    const scores = score([
      { question: question('a', ['KB-1']), results: ['KB-1', 'KB-2'] },
      { question: question('b', ['KB-3']), results: ['KB-9', 'KB-8', 'KB-3'] },
      { question: question('c', ['KB-4']), results: [] },
      { question: question('d', []), results: ['KB-1'] },
    ]);
    expect(scores).toEqual({
      questions: 4,
      answerable: 3,
      at1: 1 / 3,
      at3: 2 / 3,
      at10: 2 / 3,
      mrr: (1 + 1 / 3) / 3,
      zeroResults: 1 / 3,
    });
  });
});
