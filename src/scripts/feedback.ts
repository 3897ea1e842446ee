/**
 * Sends reader feedback to the endpoint in site.yaml (`feedback.url`, written on
 * `<body data-feedback-url>`). What is sent is described in README.md ("Feedback")
 * and built by `src/lib/feedback.ts`.
 *
 * The request is a "simple" cross-origin POST: the JSON goes as a `text/plain` body,
 * with `mode: 'no-cors'`, so the receiver needs no CORS headers and no preflight, and
 * the page never reads the answer. `credentials: 'omit'` sends no cookies, and
 * `keepalive` lets a vote cast just before leaving the page still arrive.
 *
 * For the search code: call `reportZeroResults()` whenever a search settles with no
 * result. It does nothing unless the site owner turned `feedback.reportZeroResults`
 * on, waits until the query has stopped changing, and reports each query once per page.
 */
import {
  votePayload,
  zeroResultsPayload,
  type FeedbackPayload,
  type FeedbackVote,
  type ZeroResultsReport,
} from '../lib/feedback.ts';

export type { FeedbackPayload };

/** The configured endpoint, or `undefined` when feedback goes to a pre-filled issue instead. */
export function feedbackEndpoint(): string | undefined {
  return document.body.dataset.feedbackUrl || undefined;
}

function pageLanguage(): string {
  return document.documentElement.lang || 'en';
}

/** Posts one payload; `false` when no endpoint is configured. Never throws. */
export function sendFeedback(payload: FeedbackPayload): boolean {
  const url = feedbackEndpoint();
  if (!url) return false;
  fetch(url, {
    method: 'POST',
    body: JSON.stringify(payload),
    mode: 'no-cors',
    credentials: 'omit',
    keepalive: true,
  }).catch(() => {
    // Feedback is best effort: a reader is never shown an error for it.
  });
  return true;
}

/** A vote about this page, stamped with its path, language and time. */
export function sendVote(vote: Omit<FeedbackVote, 'type' | 'at' | 'page' | 'lang'>): boolean {
  return sendFeedback(votePayload({ ...vote, page: location.pathname, lang: pageLanguage() }));
}

const ZERO_RESULTS_SETTLE_MS = 2000;
const reported = new Set<string>();
let zeroTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Reports a search that found nothing, if the site reports them. Call it on every
 * zero-result search: a query that changes (or finds something, see
 * `cancelZeroResults`) within two seconds is not reported, so typing "ech" on the way
 * to "echo" is not a miss.
 */
export function reportZeroResults(query: string, filters?: ZeroResultsReport['filters']): void {
  clearTimeout(zeroTimer);
  if (!('feedbackZeroResults' in document.body.dataset) || !feedbackEndpoint()) return;
  const payload = zeroResultsPayload({ page: location.pathname, query, filters, lang: pageLanguage() });
  if (!payload || reported.has(payload.query)) return;
  zeroTimer = setTimeout(() => {
    reported.add(payload.query);
    sendFeedback(payload);
  }, ZERO_RESULTS_SETTLE_MS);
}

/** The reader kept typing and now has results: forget the pending zero-result report. */
export function cancelZeroResults(): void {
  clearTimeout(zeroTimer);
}
