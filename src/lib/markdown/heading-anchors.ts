import type { HastPluginEntry } from 'satteri';

type Element = { type: 'element'; tagName: string; properties: Record<string, unknown>; children: unknown[] };
const element = (tagName: string, properties: Record<string, unknown>, children: unknown[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

const linkIcon = () =>
  element('svg', { viewBox: '0 0 24 24', width: '16', height: '16', ariaHidden: 'true', focusable: 'false' }, [
    element('path', {
      fill: 'none',
      stroke: 'currentColor',
      strokeWidth: '2',
      strokeLinecap: 'round',
      d: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
    }),
  ]);

/**
 * Puts a self-link and a copy button beside h2–h4. The ids are Astro's own (its
 * heading-id plugin runs first and is the only one that slugs), so the anchors the
 * content check predicts are the ids the page has. The controls sit outside the
 * heading so its accessible name stays the heading text.
 */
export function headingAnchors(): HastPluginEntry {
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
                className: ['heading-link'],
                href: `#${id}`,
                ariaLabel: `Section link: ${text}`,
                dataPagefindIgnore: '',
              },
              [linkIcon()],
            ),
            element(
              'button',
              {
                type: 'button',
                className: ['heading-copy'],
                dataCopyAnchor: id,
                ariaLabel: `Copy link to section: ${text}`,
                dataPagefindIgnore: '',
                hidden: true,
              },
              [{ type: 'text', value: 'Copy link' }],
            ),
          ]) as never,
        );
      },
    },
  };
}
