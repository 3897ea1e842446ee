import { describe, expect, it } from 'vitest';
import { feedbackIssueUrl, REASON_MAX, votePayload, zeroResultsPayload } from './feedback.ts';

const NOW = new Date('2026-03-01T02:14:00Z');

describe('feedback payloads', () => {
  it('is the documented vote: page, id, helpful, reason, lang, at', () => {
    expect(
      votePayload(
        {
          page: '/voice-rooms/echo-and-howling/',
          id: 'KB-1301',
          helpful: false,
          reason: '  No fix for iOS. ',
          lang: 'en',
        },
        NOW,
      ),
    ).toEqual({
      type: 'vote',
      page: '/voice-rooms/echo-and-howling/',
      id: 'KB-1301',
      helpful: false,
      reason: 'No fix for iOS.',
      lang: 'en',
      at: '2026-03-01T02:14:00.000Z',
    });
  });

  it('keeps a reason only after "No", and never longer than the limit', () => {
    expect(votePayload({ page: '/', helpful: true, reason: 'great', lang: 'en' }, NOW)).not.toHaveProperty('reason');
    expect(votePayload({ page: '/', helpful: false, reason: '   ', lang: 'en' }, NOW)).not.toHaveProperty('reason');
    expect(votePayload({ page: '/', helpful: false, reason: 'x'.repeat(5000), lang: 'en' }, NOW).reason).toHaveLength(
      REASON_MAX,
    );
  });

  it('reports a zero-result search with its filters, and skips one-letter queries', () => {
    expect(
      zeroResultsPayload(
        { page: '/search/', query: ' stuter  video ', filters: { platform: ['ios'], type: [] }, lang: 'en' },
        NOW,
      ),
    ).toEqual({
      type: 'zero-results',
      page: '/search/',
      query: 'stuter video',
      filters: { platform: ['ios'] },
      lang: 'en',
      at: '2026-03-01T02:14:00.000Z',
    });
    expect(zeroResultsPayload({ page: '/search/', query: 'x', lang: 'en' }, NOW)).toBeUndefined();
  });
});

describe('feedback without an endpoint', () => {
  it('opens a pre-filled issue on GitHub, and the repository elsewhere', () => {
    const url = new URL(feedbackIssueUrl('https://github.com/example/kb/', 'KB-1301 did not help', 'Page: …'));
    expect(url.origin + url.pathname).toBe('https://github.com/example/kb/issues/new');
    expect(url.searchParams.get('title')).toBe('KB-1301 did not help');
    expect(url.searchParams.get('body')).toBe('Page: …');
    expect(feedbackIssueUrl('https://gitlab.example.com/docs/kb', 't', 'b')).toBe('https://gitlab.example.com/docs/kb');
  });

  it('keeps Chinese as text in the link, which the browser sends as the same UTF-8', () => {
    const href = feedbackIssueUrl(
      'https://github.com/example/kb',
      '文档反馈 KB-1301：回声 & 啸叫',
      '页面：https://x/?a=1#b',
    );
    expect(href).toContain('文档反馈');
    expect(href).not.toMatch(/%E6/i);
    const url = new URL(href);
    expect(url.searchParams.get('title')).toBe('文档反馈 KB-1301：回声 & 啸叫');
    expect(url.searchParams.get('body')).toBe('页面：https://x/?a=1#b');
    const encoded = new URL('https://github.com/example/kb/issues/new');
    encoded.searchParams.set('title', '文档反馈 KB-1301：回声 & 啸叫');
    encoded.searchParams.set('body', '页面：https://x/?a=1#b');
    expect(url.href, 'the browser requests exactly the percent-encoded URL').toBe(encoded.href);
  });
});
