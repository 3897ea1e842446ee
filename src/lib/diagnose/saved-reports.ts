/**
 * The last report of each diagnostics page, kept in the browser so the ticket
 * page can attach it. One localStorage key, `kb-diagnose-reports`, holds
 * `{ version: 1, reports: { precall?: SavedReport, dump?: SavedReport } }`; a
 * newer report of the same kind replaces the older one.
 */
export const REPORTS_KEY = 'kb-diagnose-reports';

export type ReportKind = 'precall' | 'dump';

export interface SavedReport {
  kind: ReportKind;
  /** What it is, e.g. "Pre-call check" or the dump's file name. */
  title: string;
  /** ISO 8601 time it was made. */
  createdAt: string;
  markdown: string;
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** Reports never grow a ticket past what a tracker accepts in one body. */
const MAX_MARKDOWN = 20_000;

export function readReports(storage: Store): SavedReport[] {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(REPORTS_KEY) ?? 'null');
  } catch {
    return [];
  }
  if (!raw || typeof raw !== 'object' || (raw as { version?: unknown }).version !== 1) return [];
  const reports = (raw as { reports?: Record<string, unknown> }).reports ?? {};
  return (['precall', 'dump'] as const).flatMap((kind) => {
    const report = reports[kind] as Partial<SavedReport> | undefined;
    return report && typeof report.markdown === 'string' && typeof report.title === 'string'
      ? [
          {
            kind,
            title: report.title,
            createdAt: String(report.createdAt ?? ''),
            markdown: report.markdown.slice(0, MAX_MARKDOWN),
          },
        ]
      : [];
  });
}

function write(storage: Store, reports: readonly SavedReport[]): void {
  const byKind = Object.fromEntries(reports.map((report) => [report.kind, report]));
  storage.setItem(REPORTS_KEY, JSON.stringify({ version: 1, reports: byKind }));
}

export function saveReport(storage: Store, report: SavedReport): void {
  write(storage, [...readReports(storage).filter((entry) => entry.kind !== report.kind), report]);
}

export function removeReport(storage: Store, kind: ReportKind): void {
  write(
    storage,
    readReports(storage).filter((entry) => entry.kind !== kind),
  );
}

/** The reports as a ticket section; empty when there are none. */
export function reportsMarkdown(reports: readonly SavedReport[], heading: string): string {
  if (reports.length === 0) return '';
  return [
    `### ${heading}`,
    '',
    ...reports
      .map((report) => report.markdown.trim())
      .join('\n\n')
      .split('\n'),
    '',
  ].join('\n');
}
