import type { HastPluginEntry } from 'satteri';
import { conceptsIn, conceptToken, type GlossaryIndex } from '../search/query.ts';

type Node = { type: string; tagName?: string; children?: Node[] };
const SECTION_HEADINGS = new Set(['h2', 'h3']);

/**
 * After each h2 and h3 of an article, a hidden line of the concept tokens its section
 * covers (`kbcecho kbcaec`). Search looks a concept up by its token, so this is what
 * makes a result point at the section that answers (`/kb/1301/#fix`), as a search for a
 * word does, whatever words the section uses for it ("echo", "回声", "hear myself").
 * Readers never see it: it is `hidden`, and the search client strips tokens from excerpts.
 */
export function sectionConcepts(glossary: GlossaryIndex): HastPluginEntry {
  return {
    name: 'section-concepts',
    after(root, ctx) {
      const children = (root as Node).children ?? [];
      for (const [index, node] of children.entries()) {
        if (node.type !== 'element' || !SECTION_HEADINGS.has(node.tagName!)) continue;
        let text = ctx.textContent(node as never);
        for (const next of children.slice(index + 1)) {
          if (next.type === 'element' && SECTION_HEADINGS.has(next.tagName!)) break;
          text += `\n${ctx.textContent(next as never)}`;
        }
        const tokens = [...conceptsIn(text, glossary)].map(conceptToken);
        if (tokens.length === 0) continue;
        ctx.insertAfter(
          node as never,
          {
            type: 'element',
            tagName: 'span',
            properties: { hidden: true, dataIndexTerms: '' },
            children: [{ type: 'text', value: tokens.join(' ') }],
          } as never,
        );
      }
    },
  };
}
