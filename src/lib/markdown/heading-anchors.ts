import Slugger from 'github-slugger';
import type { HastPluginEntry } from 'satteri';

const LINK_ICON =
  '<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"/></svg>';

/**
 * Gives h2–h4 an id (a pinned `{#id}` wins, otherwise the same slug the content
 * check computes) and puts a self-link and a copy button beside the heading.
 * They sit outside the heading so its accessible name stays the heading text.
 */
export function headingAnchors(): HastPluginEntry {
  return () => {
    const slugger = new Slugger();
    return {
      name: 'heading-anchors',
      element: {
        filter: ['h2', 'h3', 'h4'],
        visit(node, ctx) {
          const text = ctx.textContent(node).trim();
          const existing = node.properties?.id;
          const id = typeof existing === 'string' ? existing : slugger.slug(text);
          if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
          const label = escapeHtml(text);
          ctx.wrapNode(node, {
            raw:
              `<div class="heading ${node.tagName}">` +
              `<a class="heading-link" href="#${id}" aria-label="Section link: ${label}" data-pagefind-ignore>${LINK_ICON}</a>` +
              `<button type="button" class="heading-copy" data-copy-anchor="${id}" aria-label="Copy link to section: ${label}" data-pagefind-ignore hidden>Copy link</button>` +
              `</div>`,
          });
        },
      },
    };
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}
