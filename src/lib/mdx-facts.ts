import Slugger from 'github-slugger';
import { mdxToMdast, type MdastNode } from 'satteri';
import type { SourcePoint } from './yaml-source.ts';

/** Markdown features the site adds to Astro's defaults: pinned heading anchors, `## Fix {#fix}`. */
export const MARKDOWN_FEATURES = { headingAttributes: true } as const;

/** How the site parses in the end (Astro turns on GFM and smart punctuation); the check must read text the same way. */
export const PARSE_FEATURES = { ...MARKDOWN_FEATURES, gfm: true, smartPunctuation: true } as const;

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

export interface ImportFact {
  source: string | undefined;
  statement: string;
  at: SourcePoint;
}

/** Everything the checks and the build need to know about an MDX body, with positions. */
export interface MdxFacts {
  headings: HeadingFact[];
  links: LinkFact[];
  images: ImageFact[];
  codeBlocks: CodeFact[];
  imports: ImportFact[];
  /** JSX components used, e.g. `Callout`, with their literal string attributes. */
  components: { name: string; at: SourcePoint; attributes: Record<string, string> }[];
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
  let tree: MdastNode;
  try {
    tree = mdxToMdast(source, { features: PARSE_FEATURES });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):(\d+):\s*(.*)$/s.exec(message);
    throw new MdxSyntaxError(match?.[3] ?? message, {
      line: Number(match?.[1] ?? 1),
      column: Number(match?.[2] ?? 1),
    });
  }

  const facts: MdxFacts = {
    headings: [],
    links: [],
    images: [],
    codeBlocks: [],
    imports: [],
    components: [],
    quantities: [],
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
      case 'text': {
        const value = String(node.value);
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
      case 'mdxjsEsm':
        String(node.value)
          .split('\n')
          .forEach((statement, offset) => {
            if (!/^\s*import\b/.test(statement)) return;
            const source = /from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/
              .exec(statement)
              ?.slice(1)
              .find(Boolean);
            facts.imports.push({ source, statement, at: { line: at.line + offset, column: 1 } });
          });
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
