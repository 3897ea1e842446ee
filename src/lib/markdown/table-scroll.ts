import type { HastPluginEntry } from 'satteri';
import type { Translate } from '../../i18n/t.ts';

/**
 * Wraps every Markdown table in a scroll box that keyboard users can focus and
 * scroll, named by the table's column headings, so a wide table on a phone scrolls
 * visibly inside the article (with edge shadows, global.css) instead of being
 * clipped or widening the page.
 */
export function tableScroll(t: Translate): HastPluginEntry {
  return {
    name: 'table-scroll',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        const headings = ctx
          .textContent(node.children?.find((child) => child.type === 'element' && child.tagName === 'thead') ?? node)
          .replace(/\s+/g, ' ')
          .trim();
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: {
            className: ['table-scroll'],
            tabIndex: 0,
            role: 'group',
            ariaLabel: t('table.label', { headings: headings.length > 80 ? `${headings.slice(0, 77)}...` : headings }),
          },
          children: [],
        });
      },
    },
  };
}
