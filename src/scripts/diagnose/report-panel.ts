/** The report panel both pages share: shows the Markdown, copies it, and keeps it for the ticket page. */
import { saveReport, type SavedReport } from '../../lib/diagnose/saved-reports.ts';
import { confirmCopy, copyText } from '../copy.ts';

export function showReport(report: SavedReport): void {
  const panel = document.querySelector<HTMLElement>('[data-report]');
  if (!panel) return;
  panel.querySelector('[data-report-preview]')!.textContent = report.markdown;
  panel.hidden = false;
  try {
    saveReport(localStorage, report);
  } catch {
    // Storage full or disabled: copying still works.
  }
  const button = panel.querySelector<HTMLButtonElement>('[data-report-copy]')!;
  button.onclick = async () =>
    confirmCopy(
      button,
      await copyText(report.markdown, panel.querySelector<HTMLTextAreaElement>('[data-report-manual]') ?? undefined),
      panel.querySelector<HTMLElement>('[data-copy-status]'),
    );
}
