import { describe, expect, it } from 'vitest';
import { pagefindFilters, parseSearchState, serializeSearchState } from './state.ts';

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
