import { describe, expect, it } from 'vitest';
import { MdxSyntaxError, readMdxFacts } from './mdx-facts.ts';

describe('readMdxFacts', () => {
  it('computes heading anchors the way the site renders them, pinned ones included', () => {
    const facts = readMdxFacts('## Fix it {#fix}\n\n## Use `getStats()` & RTT\n\n## Fix it\n\n### 回声 (echo)\n');
    expect(facts.headings.map((heading) => [heading.anchor, heading.pinned])).toEqual([
      ['fix', true],
      ['use-getstats--rtt', false],
      ['fix-it', false],
      ['回声-echo', false],
    ]);
  });

  it('locates links, images, code fences, policy violations and components', () => {
    const facts = readMdxFacts(
      'import X from "y";\n\n[a](/kb/1001/) ![b](./c.png)\n\n```\nx\n```\n\n<Callout type="tip">hi, 150 ms</Callout>\n',
    );
    expect(facts.links).toEqual([{ url: '/kb/1001/', at: { line: 3, column: 1 } }]);
    expect(facts.images).toEqual([{ src: './c.png', alt: 'b', sized: true, at: { line: 3, column: 16 } }]);
    expect(facts.codeBlocks).toEqual([{ lang: null, at: { line: 5, column: 1 } }]);
    expect(facts.violations.map((violation) => [violation.rule, violation.at.line])).toEqual([['mdx-esm', 1]]);
    expect(facts.components).toEqual([{ name: 'Callout', at: { line: 9, column: 1 }, attributes: { type: 'tip' } }]);
    expect(facts.quantities).toEqual([{ text: '150 ms', at: { line: 9, column: 25 } }]);
  });

  it('knows whether a component image gives its size', () => {
    const facts = readMdxFacts(
      '<Figure src="/a.png" alt="A" caption="c" width={640} height={360} />\n\n<Figure src="/b.png" alt="B" caption="c" />\n',
    );
    expect(facts.images.map((image) => [image.src, image.sized])).toEqual([
      ['/a.png', true],
      ['/b.png', false],
    ]);
  });

  it('reports MDX syntax errors with their position', () => {
    expect(() => readMdxFacts('text\n\n{oops\n')).toThrow(MdxSyntaxError);
    try {
      readMdxFacts('text\n\n{oops\n');
    } catch (error) {
      expect((error as MdxSyntaxError).at.line).toBe(3);
    }
  });
});
