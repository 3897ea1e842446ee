import Slugger from 'github-slugger';
import type { MdastNode } from 'satteri';
import { auditMdxTree, parseMdx, type PolicyViolation } from './mdx-policy.ts';
import type { SourcePoint } from './yaml-source.ts';

/** Markdown features the site adds to Astro's defaults: pinned heading anchors, `## Fix {#fix}`. */
export const MARKDOWN_FEATURES = { headingAttributes: true } as const;

export interface HeadingFact {
  depth: number;
  text: string;
  /** The `id` the built page gives this heading. */
  anchor: string;
  /** True when the writer pinned the anchor with `{#id}`. */
  pinned: boolean;
  at: SourcePoint;
}

export interface LinkFact {
  url: string;
  at: SourcePoint;
}

export interface ImageFact {
  src: string | undefined;
  /** `undefined` when no alt attribute was written at all. */
  alt: string | undefined;
  /** False for a component image without `width` and `height`: it would shift the page as it loads. Markdown images are sized by the build. */
  sized: boolean;
  at: SourcePoint;
}

export interface CodeFact {
  lang: string | null;
  at: SourcePoint;
}

/** Everything the checks and the build need to know about an MDX body, with positions. */
export interface MdxFacts {
  headings: HeadingFact[];
  links: LinkFact[];
  images: ImageFact[];
  codeBlocks: CodeFact[];
  /** Where the file leaves the safe MDX subset (see `mdx-policy.ts`). */
  violations: PolicyViolation[];
  /** JSX components used, e.g. `Callout`, with their literal string attributes. */
  components: { name: string; at: SourcePoint; attributes: Record<string, string> }[];
  /** Prose of each paragraph, heading, list item and table cell, code and components left out. */
  prose: { text: string; at: SourcePoint }[];
  /** Words of prose outside code: 0 for an empty article. */
  bodyWords: number;
  tables: { rows: number; at: SourcePoint }[];
  /** Quantities stated in prose (outside code), e.g. "150 ms", "10 %": the article states numbers. */
  quantities: { text: string; at: SourcePoint }[];
}

/** A number with a unit of this field, as prose states thresholds and measurements. */
const QUANTITY = /(?<![\w.])\d+(?:[.,]\d+)?\s?(?:ms|s|%|fps|kbps|Mbps|Gbps|kHz|Hz|dB|MB|GB|KB|min|h|km)(?![\w])/u;

export class MdxSyntaxError extends Error {
  readonly at: SourcePoint;
  constructor(message: string, at: SourcePoint) {
    super(message);
    this.at = at;
  }
}

/** Components whose `src`/`alt` props are an image, checked like Markdown images. */
const IMAGE_COMPONENTS = new Set(['img', 'Figure']);

/**
 * Parses an MDX file (frontmatter included, so positions are file positions)
 * with Sätteri, the same parser that renders the site.
 */
export function readMdxFacts(source: string): MdxFacts {
  const parsed = parseMdx(source);
  if ('error' in parsed) throw new MdxSyntaxError(parsed.error.message, parsed.error.at);
  const tree = parsed.tree;

  const facts: MdxFacts = {
    headings: [],
    links: [],
    images: [],
    codeBlocks: [],
    violations: auditMdxTree(tree),
    components: [],
    quantities: [],
    bodyWords: 0,
    prose: [],
    tables: [],
  };
  const slugger = new Slugger();
  visit(tree, (node) => {
    const at = pointOf(node);
    switch (node.type) {
      case 'heading': {
        const text = textOf(node);
        const pinnedId = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
        const pinned = typeof pinnedId === 'string';
        facts.headings.push({
          depth: node.depth as number,
          text,
          anchor: pinned ? pinnedId : slugger.slug(text),
          pinned,
          at,
        });
        break;
      }
      case 'link':
        facts.links.push({ url: node.url as string, at });
        break;
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        const text = proseOf(node).replace(/\s+/g, ' ').trim();
        if (text) facts.prose.push({ text, at });
        break;
      }
      case 'table':
        facts.tables.push({ rows: (node.children as unknown[] | undefined)?.length ?? 0, at });
        break;
      case 'text': {
        const value = String(node.value);
        facts.bodyWords += value.split(/\s+/).filter(Boolean).length;
        const quantity = QUANTITY.exec(value);
        if (quantity) facts.quantities.push({ text: quantity[0], at: offsetPoint(at, value, quantity.index) });
        break;
      }
      case 'image':
        facts.images.push({ src: node.url as string, alt: node.alt as string | undefined, sized: true, at });
        break;
      case 'code':
        facts.codeBlocks.push({ lang: (node.lang as string | null) || null, at });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name as string | null;
        if (!name) break;
        facts.components.push({ name, at, attributes: literalAttributes(node) });
        const attribute = (key: string) => jsxAttribute(node, key);
        if (name === 'a') {
          const href = attribute('href');
          if (typeof href === 'string') facts.links.push({ url: href, at });
        }
        if (IMAGE_COMPONENTS.has(name) && attribute('src') !== undefined) {
          const src = attribute('src');
          const alt = attribute('alt');
          facts.images.push({
            src: typeof src === 'string' ? src : undefined,
            alt: typeof alt === 'string' ? alt : undefined,
            sized: attribute('width') !== undefined && attribute('height') !== undefined,
            at,
          });
        }
        break;
      }
    }
  });
  return facts;
}

function visit(node: MdastNode, enter: (node: MdastNode & Record<string, unknown>) => void): void {
  enter(node as MdastNode & Record<string, unknown>);
  const children = (node as { children?: MdastNode[] }).children;
  if (children) for (const child of children) visit(child, enter);
}

/** Readable text of a block: inline code stands as `code`, components and expressions are left out. */
function proseOf(node: MdastNode): string {
  if (node.type === 'inlineCode') return ' `code` ';
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxTextExpression' || node.type === 'mdxJsxFlowElement')
    return ' ';
  const value = (node as { value?: unknown }).value;
  if (typeof value === 'string') return value;
  const children = (node as { children?: MdastNode[] }).children;
  return children ? children.map(proseOf).join('') : '';
}

/** The point `index` characters into a text that starts at `start`. */
function offsetPoint(start: SourcePoint, text: string, index: number): SourcePoint {
  const before = text.slice(0, index);
  const lines = before.split('\n');
  return lines.length === 1
    ? { line: start.line, column: start.column + index }
    : { line: start.line + lines.length - 1, column: lines.at(-1)!.length + 1 };
}

function pointOf(node: MdastNode): SourcePoint {
  const start = (node as { position?: { start: { line: number; column: number } } }).position?.start;
  return { line: start?.line ?? 1, column: start?.column ?? 1 };
}

/** Text content the way the heading-id plugin sees it: inline code and link text included. */
function textOf(node: MdastNode): string {
  const value = (node as { value?: unknown }).value;
  if (typeof value === 'string' && node.type !== 'mdxTextExpression') return value;
  const children = (node as { children?: MdastNode[] }).children;
  return children ? children.map(textOf).join('') : '';
}

function literalAttributes(node: MdastNode): Record<string, string> {
  const attributes = (node as { attributes?: { type: string; name?: string; value?: unknown }[] }).attributes ?? [];
  return Object.fromEntries(
    attributes.flatMap((attribute) =>
      attribute.type === 'mdxJsxAttribute' && attribute.name && typeof attribute.value === 'string'
        ? [[attribute.name, attribute.value] as const]
        : [],
    ),
  );
}

/** A JSX attribute's literal value; `true` for a bare attribute, `null` for an expression. */
function jsxAttribute(node: MdastNode, key: string): string | true | null | undefined {
  const attributes = (node as { attributes?: { type: string; name?: string; value?: unknown }[] }).attributes ?? [];
  const attribute = attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === key);
  if (!attribute) return undefined;
  if (attribute.value === null || attribute.value === undefined) return true;
  return typeof attribute.value === 'string' ? attribute.value : null;
}
