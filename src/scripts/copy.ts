/**
 * Copies text for support replies. The Clipboard API needs a secure context and
 * permission; where it is missing or refused, fall back to a selected textarea and
 * `execCommand('copy')`, and as a last resort leave the text selected in a field
 * the user can copy from with Ctrl+C / ⌘C.
 */
import { ui } from './ui.ts';

export type CopyOutcome = 'copied' | 'manual';

export async function copyText(
  text: string,
  manualField?: HTMLInputElement | HTMLTextAreaElement,
): Promise<CopyOutcome> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Permission refused: try the older route below.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.inset = '0 auto auto 0';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  if (copied) return 'copied';
  if (manualField) {
    manualField.value = text;
    manualField.hidden = false;
    manualField.focus();
    manualField.select();
  }
  return 'manual';
}

/**
 * Shows the outcome on the button for a moment and announces it to screen readers.
 * A text button says "Copied ✓"; an icon button (or one whose text sits in a
 * `[data-copy-label]` child) swaps its icon through `[data-copied]` in CSS and keeps its name.
 */
export function confirmCopy(button: HTMLElement, outcome: CopyOutcome, status?: HTMLElement | null): void {
  const label = button.querySelector<HTMLElement>('[data-copy-label]') ?? (button.children.length ? null : button);
  const original = label ? (label.dataset.label ?? label.textContent ?? '') : '';
  if (label) {
    label.dataset.label = original;
    label.textContent = outcome === 'copied' ? ui('copy.copied') : ui('copy.manual');
  }
  button.toggleAttribute('data-copied', outcome === 'copied');
  const live = status ?? pageStatus();
  const message = outcome === 'copied' ? ui('copy.copiedStatus') : ui('copy.manualStatus');
  // Each element keeps one timer, so a second copy restarts it instead of being cut short by the
  // first. A region created just now is announced only when its text changes after it exists.
  later(
    live,
    () => {
      live.textContent = message;
      later(live, () => (live.textContent = ''), 2000);
    },
    50,
  );
  later(
    button,
    () => {
      if (label) label.textContent = original;
      button.removeAttribute('data-copied');
    },
    2000,
  );
}

const timers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

function later(element: HTMLElement, action: () => void, ms: number): void {
  clearTimeout(timers.get(element));
  timers.set(element, setTimeout(action, ms));
}

/** One live region for copy buttons that have none of their own, made on the first copy. */
function pageStatus(): HTMLElement {
  let region = document.querySelector<HTMLElement>('[data-page-status]');
  if (!region) {
    region = document.createElement('p');
    region.className = 'sr-only';
    region.setAttribute('role', 'status');
    region.dataset.pageStatus = '';
    document.body.append(region);
  }
  return region;
}
