import type { HastPluginEntry } from 'satteri';
import type { Translate } from '../../i18n/t.ts';
import { element } from './hast.ts';

const icon = (d: string, className: string) =>
  element(
    'svg',
    { viewBox: '0 0 24 24', width: '16', height: '16', ariaHidden: 'true', focusable: 'false', className: [className] },
    [element('path', { fill: 'none', stroke: 'currentColor', strokeWidth: '2', strokeLinecap: 'round', d })],
  );
const LINK = 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1';
const DONE = 'M5 12l5 5 9-10';

/**
 * Puts one small control at the end of h2–h4: without JavaScript a self-link
 * (`no-js`), with it a button that copies the article's short link with the anchor
 * (`/kb/1042/#fix`, what support pastes), never both, so a heading that wraps on a
 * phone keeps one icon beside it instead of a row of controls. The ids are Astro's
 * own (its heading-id plugin runs first and is the only one that slugs), so the
 * anchors the content check predicts are the ids the page has. The controls sit
 * outside the heading so its accessible name stays the heading text.
 */
export function headingAnchors(t: Translate): HastPluginEntry {
  return {
    name: 'heading-anchors',
    element: {
      filter: ['h2', 'h3', 'h4'],
      visit(node, ctx) {
        const id = node.properties?.id;
        if (typeof id !== 'string') return;
        const text = ctx.textContent(node).trim();
        ctx.wrapNode(
          node,
          element('div', { className: ['heading', node.tagName] }, [
            element(
              'a',
              {
                className: ['heading-link', 'no-js'],
                href: `#${id}`,
                ariaLabel: t('heading.link', { heading: text }),
                dataPagefindIgnore: '',
              },
              [icon(LINK, 'icon-copy')],
            ),
            element(
              'button',
              {
                type: 'button',
                className: ['heading-copy', 'needs-js'],
                dataCopyAnchor: id,
                ariaLabel: t('heading.copy', { heading: text }),
                dataPagefindIgnore: '',
              },
              [icon(LINK, 'icon-copy'), icon(DONE, 'icon-done')],
            ),
          ]) as never,
        );
      },
    },
  };
}
