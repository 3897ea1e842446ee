import { describe, expect, it } from 'vitest';
import { bundleFor, pagefindFilters, parseSearchState, promoteExactCode, serializeSearchState } from './search.ts';

describe('bundleFor', () => {
  it('sends queries with Chinese characters to the Chinese bundle', () => {
    expect(bundleFor('回声')).toBe('pagefind-zh');
    expect(bundleFor('iOS 卡顿')).toBe('pagefind-zh');
  });
  it('sends Latin queries to the English bundle', () => {
    expect(bundleFor('NotReadableError')).toBe('pagefind');
  });
});

describe('search page state', () => {
  it('round-trips query and filters through the URL', () => {
    const state = parseSearchState(new URLSearchParams('q=echo&scenario=voice-rooms&platform=android&platform=ios'));
    expect(state).toEqual({
      query: 'echo',
      filters: { scenario: ['voice-rooms'], platform: ['android', 'ios'], type: [] },
    });
    expect(serializeSearchState(state)).toBe('?q=echo&scenario=voice-rooms&platform=android&platform=ios');
  });
  it('accepts comma-separated values and drops duplicates', () => {
    expect(parseSearchState(new URLSearchParams('type=faq,guide&type=faq')).filters.type).toEqual(['faq', 'guide']);
  });
  it('turns filter groups into Pagefind "any" filters', () => {
    expect(pagefindFilters({ scenario: [], platform: ['android', 'ios'], type: ['faq'] })).toEqual({
      platform: { any: ['android', 'ios'] },
      type: { any: ['faq'] },
    });
  });
});

describe('promoteExactCode', () => {
  const results = [
    { id: 'mentions', meta: {} },
    { id: 'carries', meta: { codes: 'NotAllowedError|NotReadableError' } },
    { id: 'other', meta: { codes: 'ICE failed' } },
  ];
  it('moves articles that carry the exact code to the top', () => {
    expect(promoteExactCode(results, 'notreadableerror').map((result) => result.id)).toEqual([
      'carries',
      'mentions',
      'other',
    ]);
  });
  it('matches multi-word codes whole', () => {
    expect(promoteExactCode(results, 'ICE  failed').map((result) => result.id)).toEqual([
      'other',
      'mentions',
      'carries',
    ]);
  });
  it('keeps relevance order when nothing carries the code', () => {
    expect(promoteExactCode(results, 'echo').map((result) => result.id)).toEqual(['mentions', 'carries', 'other']);
  });
});
