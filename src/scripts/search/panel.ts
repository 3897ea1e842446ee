import {
  activeFilterCount,
  emptyFilters,
  parseSearchState,
  serializeSearchState,
  type SearchState,
} from '../../lib/search/state.ts';
import { ERROR_CODE_TYPE, TROUBLESHOOTER_TYPE } from '../../lib/labels.ts';
import { preload, search, type SearchOutcome, type ShownResult } from './engine.ts';
import { CONCEPT_TOKEN, highlightRanges, withoutTokens } from '../../lib/search/highlight.ts';
import { cancelZeroResults, reportZeroResults } from '../feedback.ts';
import { ui } from '../ui.ts';

interface PanelOptions {
  mode: 'dialog' | 'page';
  base: string;
}

const DEBOUNCE_MS = 120;
const PAGE_SIZE = { dialog: 6, page: 20 } as const;
/** An excerpt shorter than this, once concept tokens are out, says less than the summary. */
const MIN_EXCERPT = 40;

/** Wires one search panel (dialog or search page) to the engine. */
export function mountSearchPanel(panel: HTMLElement, { mode, base }: PanelOptions): void {
  const input = panel.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
  const output = panel.querySelector<HTMLElement>('[data-search-results]')!;
  const filters = panel.querySelector<HTMLDetailsElement>('[data-search-filters]');
  const filterCount = panel.querySelector<HTMLElement>('[data-filter-count]');
  const emptyHelp = panel.querySelector<HTMLElement>('[data-search-empty]');
  const fullSearch = panel.querySelector<HTMLAnchorElement>('[data-search-full]');
  const checkboxes = [...panel.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  let limit: number = PAGE_SIZE[mode];
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const readState = (): SearchState => {
    const chosen = emptyFilters();
    for (const box of checkboxes) if (box.checked) chosen[box.name as keyof typeof chosen].push(box.value);
    return { query: input.value.trim(), filters: chosen };
  };

  const writeState = (state: SearchState) => {
    input.value = state.query;
    for (const box of checkboxes)
      box.checked = state.filters[box.name as keyof typeof state.filters]?.includes(box.value) ?? false;
  };

  const run = async () => {
    const state = readState();
    const ticket = ++latest;
    const active = activeFilterCount(state.filters);
    if (filterCount) filterCount.textContent = active ? ui('search.filtersOn', { count: active }) : '';
    if (mode === 'page') history.replaceState(history.state, '', `${location.pathname}${serializeSearchState(state)}`);
    if (!state.query && active === 0) {
      output.replaceChildren();
      status.textContent = '';
      if (emptyHelp) emptyHelp.hidden = true;
      if (fullSearch) fullSearch.hidden = true;
      return;
    }
    status.textContent = ui('search.searching');
    try {
      const started = performance.now();
      // Counts cost every relevant page's data: only while the filters are open.
      const outcome = await search(base, state.query, state.filters, limit, { withCounts: Boolean(filters?.open) });
      // A newer keystroke already started another search: drop this stale answer.
      if (ticket !== latest) return;
      render(outcome, state);
      updateCounts(outcome.counts);
      // How long this query took from the search to the results on screen, for the benchmark.
      performance.measure('kb-search', { start: started, detail: state.query });
    } catch (error) {
      if (ticket !== latest) return;
      status.textContent = import.meta.env.DEV
        ? 'Search needs the index a build makes: run `npm start` to preview with search.'
        : ui('search.unavailable');
      console.error(error);
    }
  };

  const schedule = () => {
    limit = PAGE_SIZE[mode];
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  };

  const render = (outcome: SearchOutcome, state: SearchState) => {
    const { results, total, corrections } = outcome;
    const what = state.query ? ui('search.forQuery', { query: state.query }) : ui('search.forFilters');
    const corrected =
      corrections.length > 0 ? ui('search.corrected', { query: corrections.map((c) => c.meant).join(' ') }) : '';
    status.textContent =
      total === 0
        ? ui('search.none', { what })
        : `${ui(total === 1 ? 'search.one' : 'search.many', { count: total, what })}${corrected}`;
    // Which query the status is about, for tests and tools that wait for this answer.
    status.dataset.query = state.query;
    // Writers learn what readers looked for and did not find (when the site collects it).
    if (total === 0 && state.query) {
      const chosen = Object.fromEntries(Object.entries(state.filters).filter(([, values]) => values.length > 0));
      reportZeroResults(state.query, Object.keys(chosen).length > 0 ? chosen : undefined);
    } else cancelZeroResults();
    const list = document.createElement('ol');
    list.className = 'results';
    for (const result of results) list.append(renderResult(result, outcome.highlight));
    const children: Node[] = [list];
    if (total > results.length && mode === 'page') {
      children.push(
        button(ui('search.more', { count: total - results.length }), () => {
          limit += PAGE_SIZE.page;
          void run();
        }),
      );
    }
    // Someone who arrowed into the results while a newer answer was on its way keeps their
    // place: the link at the same position gets the focus, or the box when none is left.
    const links = () => [...output.querySelectorAll<HTMLAnchorElement>('.results a')];
    const focused = links().indexOf(document.activeElement as HTMLAnchorElement);
    output.replaceChildren(...children);
    if (focused >= 0) (links()[Math.min(focused, links().length - 1)] ?? input).focus();
    if (emptyHelp) emptyHelp.hidden = total > 0;
    if (fullSearch) {
      fullSearch.hidden = mode !== 'dialog';
      fullSearch.search = serializeSearchState(state);
    }
  };

  /** Every group counts its values for the current query, given the choices in the other groups. */
  const updateCounts = (counts: Record<string, Record<string, number>>) => {
    if (!filters?.open) return;
    for (const box of checkboxes) {
      const label = box.closest('label');
      if (!label) continue;
      let count = label.querySelector<HTMLElement>('.count');
      if (!count) {
        count = document.createElement('span');
        count.className = 'count';
        label.append(count);
      }
      count.textContent = `(${counts[box.name]?.[box.value] ?? 0})`;
    }
  };

  input.addEventListener('input', schedule);
  // In the dialog, Esc closes it at once; a search field would first only clear itself.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && mode === 'dialog') {
      event.preventDefault();
      panel.closest('dialog')?.close();
    }
  });
  input.addEventListener('focus', () => preload(base), { once: true });
  for (const box of checkboxes) box.addEventListener('change', schedule);
  filters?.addEventListener('toggle', () => {
    if (filters.open) void run();
  });
  panel.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = output.querySelector<HTMLAnchorElement>('.results a');
    if (mode === 'dialog' && first) first.click();
    else void run();
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...output.querySelectorAll<HTMLAnchorElement>('.results a')];
    if (links.length === 0) return;
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement === input && event.key === 'ArrowDown') {
      event.preventDefault();
      links[0]?.focus();
    } else if (index >= 0) {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
      if (next < 0) input.focus();
      else links[Math.min(next, links.length - 1)]?.focus();
    }
  });

  if (mode === 'page') {
    // On a slow phone people type before this script arrives: what they typed wins over an empty ?q=.
    const typed = input.value;
    const fromUrl = parseSearchState(new URLSearchParams(location.search));
    writeState(fromUrl.query || !typed.trim() ? fromUrl : { ...fromUrl, query: typed });
    // Wide screens show the filters beside the results; phones keep them folded so the
    // first result is on the first screen.
    if (filters && matchMedia('(min-width: 64rem)').matches) filters.open = true;
    if (!input.value) input.focus();
  }
  void run();
}

/**
 * The best place in the page for this query: the section with most matches (a concept's
 * hidden token counts as a match of the concept), its text without the tokens; or the
 * page's summary.
 */
function excerptOf(result: ShownResult): { excerpt: string; section?: { title: string; url: string } } {
  const marks = (html: string) => (html.match(/<mark>/g) ?? []).length;
  const sections = result.sub_results
    .filter((sub) => sub.url !== result.url && sub.url.includes('#') && marks(sub.excerpt) > 0)
    .sort((a, b) => marks(b.excerpt) - marks(a.excerpt));
  const best = sections[0];
  const summary = escapeHtml(result.meta.summary ?? '');
  if (best) {
    const text = withoutTokens(best.excerpt);
    return {
      excerpt: text.replace(/<\/?mark>/g, '').length >= MIN_EXCERPT ? text : summary,
      section: { title: best.title, url: best.url },
    };
  }
  // A page-level excerpt with tokens in it was drawn from the hidden index text: a list of synonyms.
  if (marks(result.excerpt) > 0 && !new RegExp(CONCEPT_TOKEN.source).test(result.excerpt))
    return { excerpt: result.excerpt };
  return { excerpt: summary };
}

/** Marks the query's words in the text nodes of an excerpt that Pagefind did not mark already. */
function markTerms(element: HTMLElement, terms: readonly string[]): void {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.parentElement?.tagName !== 'MARK') nodes.push(node as Text);
  for (const node of nodes) {
    const text = node.data;
    const ranges = highlightRanges(text, terms);
    if (ranges.length === 0) continue;
    const parts: Node[] = [];
    let from = 0;
    for (const [start, end] of ranges) {
      parts.push(document.createTextNode(text.slice(from, start)));
      const mark = document.createElement('mark');
      mark.textContent = text.slice(start, end);
      parts.push(mark);
      from = end;
    }
    parts.push(document.createTextNode(text.slice(from)));
    node.replaceWith(...parts);
  }
}

function renderResult(result: ShownResult, terms: readonly string[]): HTMLLIElement {
  const item = document.createElement('li');
  const isTree = result.meta.type === TROUBLESHOOTER_TYPE;
  const isError = result.meta.type === ERROR_CODE_TYPE;
  if (isTree) item.className = 'troubleshooter';
  const title = document.createElement('a');
  title.className = 'result-title';
  title.href = result.url;
  const name = result.meta.title ?? result.url;
  title.textContent = isTree ? ui('search.troubleshooterTitle', { title: name }) : name;
  item.append(title);

  const chips = [result.meta.kb, isError ? ui('type.errorCode') : result.meta.label, result.meta.section].filter(
    (chip): chip is string => Boolean(chip),
  );
  if (chips.length > 0) {
    const list = document.createElement('ul');
    list.className = 'chips';
    for (const text of chips) {
      const chip = document.createElement('li');
      chip.className = 'chip';
      chip.textContent = text;
      list.append(chip);
    }
    item.append(list);
  }
  const { excerpt, section } = excerptOf(result);
  const text = document.createElement('p');
  text.className = 'excerpt';
  // Pagefind escapes the page text and only adds <mark> around matched terms; anything else is dropped.
  text.innerHTML = onlyMarks(excerpt);
  markTerms(text, terms);
  if (section) {
    const link = document.createElement('a');
    link.className = 'section-link';
    link.href = section.url;
    link.textContent = section.title;
    const where = document.createElement('p');
    where.className = 'section';
    where.append(link);
    item.append(where);
  }
  item.append(text);
  return item;
}

/** Keeps `<mark>` and `</mark>`, turns any other tag into text: excerpts never carry markup but marks. */
export function onlyMarks(html: string): string {
  return html.replace(/<(?!\/?mark>)/g, '&lt;');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'button';
  element.textContent = text;
  element.addEventListener('click', onClick);
  return element;
}
