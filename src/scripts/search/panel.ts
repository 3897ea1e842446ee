import {
  activeFilterCount,
  emptyFilters,
  parseSearchState,
  serializeSearchState,
  type SearchState,
} from '../../lib/search.ts';
import { TROUBLESHOOTER_TYPE } from '../../lib/labels.ts';
import { search, type SearchResult } from './engine.ts';

interface PanelOptions {
  mode: 'dialog' | 'page';
  base: string;
}

const DEBOUNCE_MS = 120;
const PAGE_SIZE = { dialog: 8, page: 20 } as const;

/** Wires one search panel (dialog or search page) to Pagefind. */
export function mountSearchPanel(panel: HTMLElement, { mode, base }: PanelOptions): void {
  const input = panel.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
  const output = panel.querySelector<HTMLElement>('[data-search-results]')!;
  const filterCount = panel.querySelector<HTMLElement>('[data-filter-count]');
  const emptyHelp = panel.querySelector<HTMLElement>('[data-search-empty]');
  const fullSearch = panel.querySelector<HTMLAnchorElement>('[data-search-full]');
  const checkboxes = [...panel.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  let limit: number = PAGE_SIZE[mode];
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const readState = (): SearchState => {
    const filters = emptyFilters();
    for (const box of checkboxes) if (box.checked) filters[box.name as keyof typeof filters].push(box.value);
    return { query: input.value.trim(), filters };
  };

  const writeState = (state: SearchState) => {
    input.value = state.query;
    for (const box of checkboxes)
      box.checked = state.filters[box.name as keyof typeof state.filters]?.includes(box.value) ?? false;
  };

  const run = async () => {
    const state = readState();
    const ticket = ++latest;
    if (filterCount)
      filterCount.textContent = activeFilterCount(state.filters) ? `(${activeFilterCount(state.filters)} on)` : '';
    if (mode === 'page') history.replaceState(history.state, '', `${location.pathname}${serializeSearchState(state)}`);
    if (!state.query && activeFilterCount(state.filters) === 0) {
      output.replaceChildren();
      status.textContent = '';
      if (emptyHelp) emptyHelp.hidden = true;
      if (fullSearch) fullSearch.hidden = true;
      return;
    }
    status.textContent = 'Searching…';
    try {
      const outcome = await search(base, state.query, state.filters, limit);
      // A newer keystroke already started another search: drop this stale answer.
      if (ticket !== latest) return;
      renderResults(outcome.results, outcome.total, state);
      updateCounts(outcome.counts);
    } catch (error) {
      if (ticket !== latest) return;
      status.textContent = import.meta.env.DEV
        ? 'Search needs the index a build makes: run `npm start` to preview with search.'
        : 'Search is unavailable: the index did not load. Try reloading the page.';
      console.error(error);
    }
  };

  const schedule = () => {
    limit = PAGE_SIZE[mode];
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  };

  const renderResults = (results: SearchResult[], total: number, state: SearchState) => {
    const what = state.query ? `for “${state.query}”` : 'for these filters';
    status.textContent = total === 0 ? `No results ${what}.` : `${total} result${total === 1 ? '' : 's'} ${what}.`;
    const list = document.createElement('ol');
    list.className = 'results';
    for (const result of results) list.append(renderResult(result));
    const children: Node[] = [list];
    if (total > results.length && mode === 'page') {
      const more = button(`Show more results (${total - results.length} left)`, () => {
        limit += PAGE_SIZE.page;
        void run();
      });
      children.push(more);
    }
    output.replaceChildren(...children);
    if (emptyHelp) emptyHelp.hidden = total > 0;
    if (fullSearch) {
      fullSearch.hidden = mode !== 'dialog';
      fullSearch.search = serializeSearchState(state);
    }
  };

  const updateCounts = (counts: Record<string, Record<string, number>>) => {
    for (const box of checkboxes) {
      const label = box.closest('label');
      if (!label) continue;
      let count = label.querySelector<HTMLElement>('.count');
      if (!count) {
        count = document.createElement('span');
        count.className = 'count';
        label.append(count);
      }
      const value = counts[box.name]?.[box.value];
      count.textContent = value === undefined ? '' : `(${value})`;
    }
  };

  input.addEventListener('input', schedule);
  for (const box of checkboxes) box.addEventListener('change', schedule);
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
    writeState(parseSearchState(new URLSearchParams(location.search)));
    if (!input.value) input.focus();
  }
  void run();
}

function renderResult(result: SearchResult): HTMLLIElement {
  const item = document.createElement('li');
  const isTree = result.meta.type === TROUBLESHOOTER_TYPE;
  const body = isTree ? document.createElement('div') : item;
  if (isTree) {
    body.className = 'troubleshooter';
    item.append(body);
  }
  const title = document.createElement('a');
  title.className = 'result-title';
  title.href = result.url;
  title.textContent = isTree ? `Troubleshooter: ${result.meta.title ?? ''}` : (result.meta.title ?? result.url);
  body.append(title);

  const chips = [result.meta.kb, result.meta.label, result.meta.section].filter((chip): chip is string =>
    Boolean(chip),
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
    body.append(list);
  }
  // Pagefind escapes the page text and only adds <mark> around matched terms.
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.innerHTML = result.excerpt;
  body.append(excerpt);

  const subs = result.sub_results.filter((sub) => sub.url !== result.url && sub.url.includes('#')).slice(0, 3);
  if (subs.length > 0) {
    const list = document.createElement('ul');
    list.className = 'subs';
    for (const sub of subs) {
      const entry = document.createElement('li');
      const link = document.createElement('a');
      link.href = sub.url;
      link.textContent = sub.title;
      const text = document.createElement('p');
      text.innerHTML = sub.excerpt;
      entry.append(link, text);
      list.append(entry);
    }
    body.append(list);
  }
  return item;
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'button';
  element.textContent = text;
  element.addEventListener('click', onClick);
  return element;
}
