import type { HastPluginEntry } from 'satteri';
import type { Translate } from '../../i18n/t.ts';
import { element, text } from './hast.ts';

/** Language names as developers write them; anything else shows its fence id (`sql`, `xml`). */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  js: 'JavaScript',
  javascript: 'JavaScript',
  ts: 'TypeScript',
  typescript: 'TypeScript',
  kotlin: 'Kotlin',
  swift: 'Swift',
  java: 'Java',
  bash: 'Shell',
  sh: 'Shell',
  shell: 'Shell',
  json: 'JSON',
  yaml: 'YAML',
  html: 'HTML',
  xml: 'XML',
  sql: 'SQL',
  cpp: 'C++',
  objc: 'Objective-C',
  dart: 'Dart',
  mdx: 'MDX',
  markdown: 'Markdown',
};

/** Fence ids that name no language worth a label. */
const UNLABELLED = new Set(['text', 'plaintext', 'txt']);

export function languageName(id: string): string | undefined {
  return UNLABELLED.has(id) ? undefined : (LANGUAGE_NAMES[id] ?? id);
}

const icon = (kind: 'copy' | 'done') =>
  element(
    'svg',
    {
      viewBox: '0 0 24 24',
      width: '16',
      height: '16',
      ariaHidden: 'true',
      focusable: 'false',
      className: [`icon-${kind}`],
    },
    [
      element('path', {
        fill: 'none',
        stroke: 'currentColor',
        strokeWidth: '2',
        strokeLinecap: 'round',
        strokeLinejoin: 'round',
        d: kind === 'copy' ? 'M9 9h10v11H9zM5 15V4h10' : 'M5 12l5 5 9-10',
      }),
    ],
  );

/**
 * Gives every highlighted code block (Shiki's `pre.astro-code`) a bar above it with
 * the language and a copy button. The button is `needs-js` (global.css): it is
 * never shown without JavaScript, and with it the bar already has its height from
 * the first paint, so nothing moves when `src/scripts/code-copy.ts` wires it.
 */
export function codeBlocks(t: Translate): HastPluginEntry {
  return {
    name: 'code-blocks',
    element: [
      {
        // Long inline identifiers (`AVAudioSession.sharedInstance().mode`) may wrap after a dot or slash
        // rather than mid-word, and no longer force a table column wider than a phone.
        filter: ['code'],
        visit(node, ctx) {
          const parent = ctx.parent(node);
          if (parent.type === 'element' && parent.tagName === 'pre') return;
          if (node.children.some((child) => child.type !== 'text')) return;
          const value = ctx.textContent(node);
          if (value.length < 16 || !/[./]/.test(value)) return;
          const parts = value.split(/(?<=[./])(?=[^./])/);
          ctx.replaceNode(
            node,
            element(
              'code',
              { ...node.properties },
              parts.flatMap((part, index) => (index === 0 ? [text(part)] : [element('wbr', {}), text(part)])),
            ) as never,
          );
        },
      },
      {
        filter: ['pre'],
        visit(node, ctx) {
          // Shiki's hast names classes `class` (a string), not `className`.
          const properties = (node.properties ?? {}) as Record<string, unknown>;
          const classes = [properties.className, properties.class].flat().join(' ').split(/\s+/);
          if (!classes.includes('astro-code')) return;
          const language = languageName(String(properties.dataLanguage ?? properties['data-language'] ?? 'text'));
          ctx.replaceNode(
            node,
            element('div', { className: ['code-block'] }, [
              element('div', { className: ['code-bar'] }, [
                element('span', { className: ['code-lang'] }, language ? [text(language)] : []),
                element(
                  'button',
                  {
                    type: 'button',
                    className: ['code-copy', 'needs-js'],
                    dataCodeCopy: '',
                    ariaLabel: t('code.copyLabel'),
                    dataPagefindIgnore: '',
                  },
                  [icon('copy'), icon('done'), element('span', { dataCopyLabel: '' }, [text(t('code.copy'))])],
                ),
              ]),
              node,
            ]) as never,
          );
        },
      },
    ],
  };
}
