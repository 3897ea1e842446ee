/**
 * Copies text for support replies. The Clipboard API needs a secure context and
 * permission; where it is missing or refused, fall back to a selected textarea and
 * `execCommand('copy')`, and as a last resort leave the text selected in a field
 * the user can copy from with Ctrl+C / ⌘C.
 */
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

/** Shows the outcome on the button for a moment and announces it to screen readers. */
export function confirmCopy(button: HTMLElement, outcome: CopyOutcome, status?: HTMLElement | null): void {
  const original = button.dataset.label ?? button.textContent ?? '';
  button.dataset.label = original;
  const message = outcome === 'copied' ? 'Copied' : 'Press Ctrl+C (⌘C) to copy';
  button.textContent = outcome === 'copied' ? 'Copied ✓' : 'Select and copy';
  button.toggleAttribute('data-copied', outcome === 'copied');
  if (status) status.textContent = message;
  setTimeout(() => {
    button.textContent = original;
    button.removeAttribute('data-copied');
  }, 2000);
}
