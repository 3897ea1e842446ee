/**
 * The only script every page loads: theme menu, the phone menu, "back to top", code
 * copy buttons and search shortcuts. The search client itself is imported the first
 * time search opens, so reading a page costs no search code.
 */
import { setupCodeCopy } from './code-copy.ts';

const THEME_KEY = 'kb-theme';

function setupTheme(): void {
  const select = document.querySelector<HTMLSelectElement>('[data-theme-select]');
  if (!select) return;
  select.value = document.documentElement.dataset.theme ?? 'system';
  select.addEventListener('change', () => {
    const theme = select.value;
    if (theme === 'light' || theme === 'dark') {
      document.documentElement.dataset.theme = theme;
      localStorage.setItem(THEME_KEY, theme);
    } else {
      delete document.documentElement.dataset.theme;
      localStorage.removeItem(THEME_KEY);
    }
  });
}

/** The language switch leads to the same place on the twin page: pinned anchors are the same in both languages. */
function setupLanguageSwitch(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-language-switch]')) {
    link.addEventListener('click', () => {
      if (location.hash) link.hash = location.hash;
    });
  }
}

async function mountPanel(panel: HTMLElement, mode: 'dialog' | 'page'): Promise<void> {
  if (panel.dataset.mounted) return;
  panel.dataset.mounted = 'true';
  const { mountSearchPanel } = await import('./search/panel.ts');
  mountSearchPanel(panel, { mode, base: document.body.dataset.base ?? '/' });
}

function setupSearch(): void {
  const pagePanel = document.querySelector<HTMLElement>('[data-search-page] [data-search-panel]');
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const dialogPanel = dialog?.querySelector<HTMLElement>('[data-search-panel]');
  if (pagePanel) void mountPanel(pagePanel, 'page');

  const open = () => {
    if (pagePanel) {
      pagePanel.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
      return;
    }
    if (!dialog || !dialogPanel) return;
    if (!dialog.open) dialog.showModal();
    dialogPanel.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
    void mountPanel(dialogPanel, 'dialog');
  };

  for (const trigger of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
    trigger.addEventListener('click', (event) => {
      // Modified clicks still open the search page in a new tab.
      if (event instanceof MouseEvent && (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0))
        return;
      event.preventDefault();
      open();
    });
  }
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
    if ((event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      open();
    } else if (event.key === '/' && !typing && !event.metaKey && !event.ctrlKey && !event.altKey) {
      event.preventDefault();
      open();
    }
  });
  // Click on the backdrop closes the dialog, like Esc.
  dialog?.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
}

/** The phone menu is a `<details>` (it opens without JavaScript); this closes it on Esc, an outside tap or Tab away. */
function setupMenu(): void {
  const menu = document.querySelector<HTMLDetailsElement>('[data-menu]');
  const summary = menu?.querySelector('summary');
  if (!menu || !summary) return;
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    menu.open = false;
    summary.focus();
  });
  document.addEventListener('click', (event) => {
    if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
  });
  menu.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (next && !menu.contains(next)) menu.open = false;
  });
}

/** "Back to top" appears once the reader is more than a screen and a half down. */
function setupToTop(): void {
  const link = document.querySelector<HTMLElement>('[data-to-top]');
  if (!link) return;
  let pending = false;
  const update = () => {
    pending = false;
    link.hidden = window.scrollY < window.innerHeight * 1.5;
  };
  window.addEventListener(
    'scroll',
    () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(update);
    },
    { passive: true },
  );
  update();
}

setupTheme();
setupLanguageSwitch();
setupMenu();
setupToTop();
setupCodeCopy();
setupSearch();
