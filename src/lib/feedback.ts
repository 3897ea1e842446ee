/**
 * Reader feedback: what the site sends to `feedback.url` (site.yaml), and the
 * pre-filled issue it opens instead when no endpoint is configured. Pure, so the
 * README's description of the payload is pinned by tests.
 */

/** "Did this help?" on an article, or "Did this fix it?" on a troubleshooter result. */
export interface FeedbackVote {
  type: 'vote';
  /** Path of the page the vote was cast on, e.g. `/voice-rooms/echo-and-howling/`. */
  page: string;
  /** The article the vote is about: `KB-1301`. */
  id?: string;
  helpful: boolean;
  /** What was missing or wrong, as typed (only after "No"; optional). */
  reason?: string;
  /** Language of the page (`en`, `zh-CN`). */
  lang: string;
  /** When the reader answered, ISO 8601 in UTC. */
  at: string;
}

/** A search that found nothing, sent only when `feedback.reportZeroResults` is on. */
export interface ZeroResultsReport {
  type: 'zero-results';
  page: string;
  query: string;
  /** Active filters by group (`scenario`, `platform`, `type`), when any. */
  filters?: Record<string, readonly string[]>;
  lang: string;
  at: string;
}

export type FeedbackPayload = FeedbackVote | ZeroResultsReport;

/** Longest reason kept: a note, not an essay; the request must stay within a `keepalive` body. */
export const REASON_MAX = 1000;
/** Longest query reported. */
export const QUERY_MAX = 200;

export function votePayload(input: Omit<FeedbackVote, 'type' | 'at'>, now = new Date()): FeedbackVote {
  const reason = input.reason?.trim().slice(0, REASON_MAX);
  return {
    type: 'vote',
    page: input.page,
    ...(input.id ? { id: input.id } : {}),
    helpful: input.helpful,
    ...(reason && !input.helpful ? { reason } : {}),
    lang: input.lang,
    at: now.toISOString(),
  };
}

export function zeroResultsPayload(
  input: Omit<ZeroResultsReport, 'type' | 'at'>,
  now = new Date(),
): ZeroResultsReport | undefined {
  const query = input.query.trim().replace(/\s+/g, ' ').slice(0, QUERY_MAX);
  if (query.length < 2) return undefined;
  const filters = Object.fromEntries(Object.entries(input.filters ?? {}).filter(([, values]) => values.length > 0));
  return {
    type: 'zero-results',
    page: input.page,
    query,
    ...(Object.keys(filters).length > 0 ? { filters } : {}),
    lang: input.lang,
    at: now.toISOString(),
  };
}

/**
 * Where "No" goes without an endpoint: a new issue at the repository, titled and
 * described, or the repository itself when it is not on GitHub (no pre-fill there).
 * Non-ASCII text stays as it is (an IRI, which browsers encode as UTF-8 when they
 * follow it): percent-encoding a Chinese title costs nine bytes a character on every page.
 */
export function feedbackIssueUrl(repository: string, title: string, body: string): string {
  const url = new URL(repository.replace(/\/+$/, ''));
  if (url.hostname !== 'github.com') return url.toString();
  url.pathname = `${url.pathname}/issues/new`;
  url.searchParams.set('title', title);
  url.searchParams.set('body', body);
  return url.toString().replace(/(?:%[89a-f][0-9a-f])+/gi, (bytes) => {
    try {
      return decodeURIComponent(bytes);
    } catch {
      return bytes;
    }
  });
}
