import type { HastPluginDefinition } from 'satteri';

/**
 * Writers link with site paths (`/kb/1042/#fix`); when the site is served under a
 * sub-path such as `/help/`, those paths get the base in front at build time.
 */
export function baseLinks(base: string): HastPluginDefinition {
  const prefix = base.replace(/\/$/, '');
  return {
    name: 'base-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const key = node.tagName === 'a' ? 'href' : 'src';
        const value = node.properties?.[key];
        if (prefix && typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) {
          ctx.setProperty(node, key, `${prefix}${value}`);
        }
      },
    },
  };
}
