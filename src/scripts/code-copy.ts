/**
 * Copy buttons of code blocks (the bar `src/lib/markdown/code-blocks.ts` writes).
 * One listener for the page; where nothing can write to the clipboard, the code is
 * left selected so Ctrl+C / ⌘C or the phone's Copy finishes the job.
 */
import { confirmCopy, copyText } from './copy.ts';

export function setupCodeCopy(): void {
  document.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-code-copy]');
    const code = button?.closest('.code-block')?.querySelector('pre code');
    if (!button || !code) return;
    const outcome = await copyText((code.textContent ?? '').replace(/\n$/, ''));
    if (outcome === 'manual') window.getSelection()?.selectAllChildren(code);
    confirmCopy(button, outcome);
  });
}
