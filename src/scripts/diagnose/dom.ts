/**
 * Rendering helpers of the diagnostics pages: the data island, elements built
 * from text (never HTML strings), grade badges and result cards. They decide
 * nothing; the results come graded from src/lib/diagnose/.
 */
import type { DiagnoseIsland } from '../../diagnose-data.ts';
import { fill } from '../../i18n/fill.ts';
import type { FindingLink } from '../../lib/diagnose/findings.ts';
import { resolveLink } from '../../lib/diagnose/links.ts';
import type { CheckLevel } from '../../lib/diagnose/precall.ts';

export function readIsland(): DiagnoseIsland {
  const text = document.querySelector('[data-diagnose-island]')?.textContent;
  if (!text) throw new Error('the page has no diagnostics data island');
  return JSON.parse(text) as DiagnoseIsland;
}

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

export function badge(island: DiagnoseIsland, level: CheckLevel): HTMLElement {
  return el('span', { class: `grade grade-${level}` }, island.strings.common.levels[level]);
}

/** "Read: <title>" and, for an error code the site has a page for, its page. */
export function linkParagraph(island: DiagnoseIsland, link: FindingLink): HTMLElement | null {
  const resolved = resolveLink(island.links, link);
  if (!resolved) return null;
  const paragraph = el(
    'p',
    { class: 'links' },
    el('a', { href: resolved.href }, fill(island.strings.common.readMore, { title: resolved.title })),
  );
  if (resolved.error) {
    paragraph.append(
      ' · ',
      el('a', { href: resolved.error.href }, fill(island.strings.common.errorPage, { code: resolved.error.code })),
    );
  }
  return paragraph;
}

/** One graded result: title with its grade, sentences, and where to read more. */
export function resultCard(
  island: DiagnoseIsland,
  options: { id: string; title: string; level: CheckLevel; sentences: string[]; link?: FindingLink },
): HTMLElement {
  return el(
    'li',
    { class: 'check', 'data-check': options.id, 'data-level': options.level },
    el('h3', {}, options.title, ' ', badge(island, options.level)),
    ...options.sentences.map((sentence) => el('p', {}, sentence)),
    options.link && options.level !== 'good' ? linkParagraph(island, options.link) : null,
  );
}

export function table(caption: string, head: string[], rows: (string | number)[][]): HTMLElement {
  return el(
    'div',
    { class: 'scroll-x', tabindex: '0', role: 'region', 'aria-label': caption },
    el(
      'table',
      { class: 'data-table' },
      el('caption', {}, caption),
      el('thead', {}, el('tr', {}, ...head.map((cell) => el('th', { scope: 'col' }, cell)))),
      el('tbody', {}, ...rows.map((row) => el('tr', {}, ...row.map((cell) => el('td', {}, String(cell)))))),
    ),
  );
}
