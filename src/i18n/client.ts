import type { UiKey } from './ui/en.ts';

/**
 * The interface text browser scripts need. Base.astro writes these entries of the
 * page's dictionary into the page once (`#kb-ui`), and `src/scripts/ui.ts` reads
 * them, so no script carries a dictionary or branches on the language.
 */
export const CLIENT_KEYS = [
  'copy.copied',
  'copy.copiedStatus',
  'copy.manual',
  'copy.manualStatus',
  'feedback.thanks',
  'feedback.issueTitle',
  'feedback.issueBody',
  'ticket.cleared',
  'search.searching',
  'search.unavailable',
  'search.forQuery',
  'search.forFilters',
  'search.corrected',
  'search.none',
  'search.one',
  'search.many',
  'search.more',
  'search.filtersOn',
  'search.troubleshooterTitle',
  'type.errorCode',
  'errors.filterCount',
] as const satisfies readonly UiKey[];

export type ClientKey = (typeof CLIENT_KEYS)[number];
