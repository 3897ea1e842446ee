import { describe, expect, it } from 'vitest';
import { bundleFor, orderResults, pagefindFilters, parseSearchState, serializeSearchState } from './search.ts';

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

describe('orderResults', () => {
  const results = [
    { id: 'mentions', meta: {} },
    { id: 'tree', meta: { type: 'troubleshooter' } },
    { id: 'carries', meta: { codes: 'NotAllowedError|NotReadableError' } },
    { id: 'other', meta: { codes: 'ICE failed' } },
  ];
  const order = (query: string) => orderResults(results, query).map((result) => result.id);

  it('puts articles that carry the exact code first, then troubleshooters', () => {
    expect(order('notreadableerror')).toEqual(['carries', 'tree', 'mentions', 'other']);
  });
  it('matches multi-word codes whole', () => {
    expect(order('ICE  failed')).toEqual(['other', 'tree', 'mentions', 'carries']);
  });
  it('lists troubleshooters first when no article carries the query as a code', () => {
    expect(order('echo')).toEqual(['tree', 'mentions', 'carries', 'other']);
  });
});
