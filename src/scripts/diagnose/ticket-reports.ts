/**
 * Lists the diagnostics reports saved on this device on the ticket page, and
 * lets the user drop one. The wizard script reads the same storage when it
 * writes the ticket; a `kb-diagnose-reports` event tells it to write it again.
 */
import { fill } from '../../i18n/fill.ts';
import { readReports, removeReport, type SavedReport } from '../../lib/diagnose/saved-reports.ts';

export const REPORTS_CHANGED = 'kb-diagnose-reports';

const root = document.querySelector<HTMLElement>('[data-ticket-diagnostics]');

function reports(): SavedReport[] {
  try {
    return readReports(localStorage);
  } catch {
    return [];
  }
}

function render(section: HTMLElement): void {
  const strings = JSON.parse(section.dataset.strings ?? '{}') as { attached: string; remove: string; none: string };
  const list = section.querySelector<HTMLElement>('[data-attached]')!;
  const saved = reports();
  if (saved.length === 0) {
    const item = document.createElement('li');
    item.textContent = strings.none;
    list.replaceChildren(item);
    return;
  }
  list.replaceChildren(
    ...saved.map((report) => {
      const item = document.createElement('li');
      const when = new Date(report.createdAt);
      item.append(
        fill(strings.attached, {
          title: report.title,
          // In the page's language, like the sentence around it, whatever the browser's is.
          when: Number.isNaN(when.getTime())
            ? report.createdAt
            : when.toLocaleString(document.documentElement.lang || undefined),
        }),
      );
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button';
      button.textContent = strings.remove;
      button.setAttribute('aria-label', `${strings.remove}: ${report.title}`);
      button.addEventListener('click', () => {
        removeReport(localStorage, report.kind);
        render(section);
        document.dispatchEvent(new CustomEvent(REPORTS_CHANGED));
      });
      item.append(' ', button);
      return item;
    }),
  );
}

if (root) render(root);
