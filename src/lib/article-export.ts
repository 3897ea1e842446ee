import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMdast, type MdastNode } from 'satteri';
import type { Numbers } from '../schemas/numbers.ts';
import type { Article } from './articles.ts';
import { PLATFORM_LABELS, TYPE_LABELS, formatDate, sdkLabel } from './labels.ts';
import { PARSE_FEATURES } from './mdx-policy.ts';
import { formatBand, formatReference, LEVELS, resolveNumber } from './numbers.ts';
import { SECTIONS } from './sections.ts';

/**
 * Plain Markdown from an MDX article, for `/kb/1042.md` and `llms.txt` readers. Built
 * on the parsed tree and written by `mdast-util-to-markdown`, so every writer
 * component becomes its readable text (a figure its caption, a metric table a GFM
 * table, a `<Threshold>` its number) and any text from the content is escaped: a
 * title cannot add a heading, a link or raw HTML.
 */

type Node = MdastNode & {
  value?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
};

/** `[text](url)`-safe inline text: escaped so it stays the words it is. */
export function markdownText(text: string): string {
  return toMarkdown({ type: 'paragraph', children: [{ type: 'text', value: text }] } as never).trim();
}

export function mdxToMarkdown(body: string, numbers: Numbers): string {
  const tree = mdxToMdast(body, { features: PARSE_FEATURES, position: false }) as Node;
  const root = { type: 'root', children: transformChildren(tree.children ?? [], numbers) };
  return toMarkdown(root as never, { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '*', rule: '-' }).trim();
}

function attribute(node: Node, name: string): string | undefined {
  const value = node.attributes?.find((entry) => entry.type === 'mdxJsxAttribute' && entry.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
}

const text = (value: string) => ({ type: 'text', value });
const strong = (value: string) => ({ type: 'strong', children: [text(value)] });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children });

function transformChildren(children: readonly Node[], numbers: Numbers): unknown[] {
  return children.flatMap((child) => transform(child, numbers));
}

function transform(node: Node, numbers: Numbers): unknown[] {
  switch (node.type) {
    case 'yaml':
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return component(node, numbers);
    default: {
      if (!node.children) return [node];
      return [{ ...node, children: transformChildren(node.children, numbers) }];
    }
  }
}

function component(node: Node, numbers: Numbers): unknown[] {
  const children = () => transformChildren(node.children ?? [], numbers);
  const flow = node.type === 'mdxJsxFlowElement';
  switch (node.name) {
    case 'Callout': {
      const type = attribute(node, 'type') ?? 'note';
      const title = attribute(node, 'title');
      const label = `${type.charAt(0).toUpperCase()}${type.slice(1)}${title ? `: ${title}` : ''}.`;
      return [{ type: 'blockquote', children: [paragraph(strong(label)), ...children()] }];
    }
    case 'Figure': {
      const caption = paragraph({ type: 'emphasis', children: [text(`Figure: ${attribute(node, 'caption') ?? ''}`)] });
      return [...children(), caption];
    }
    case 'PlatformTab': {
      const platform = attribute(node, 'platform') ?? '';
      const label = PLATFORM_LABELS[platform as keyof typeof PLATFORM_LABELS] ?? platform;
      return [paragraph(strong(label)), ...children()];
    }
    case 'MetricTable':
      return metricTable(attribute(node, 'ids') ?? '', attribute(node, 'caption') ?? '', numbers);
    case 'Threshold':
    case 'Value': {
      const resolved = resolveNumber(numbers, attribute(node, 'id') ?? '');
      const value = resolved ? text(formatReference(numbers, resolved)) : text(attribute(node, 'id') ?? '');
      return flow ? [paragraph(value)] : [value];
    }
    case 'kbd':
      return [{ type: 'inlineCode', value: plainText(node) }];
    case 'br':
      return [{ type: 'break' }];
    default:
      // Steps, PlatformTabs, Badge, diagrams and inline HTML: what they wrap, if anything.
      return children();
  }
}

function metricTable(ids: string, caption: string, numbers: Numbers): unknown[] {
  const cell = (value: string) => ({ type: 'tableCell', children: [text(value)] });
  const row = (values: string[]) => ({ type: 'tableRow', children: values.map(cell) });
  const rows = ids
    .split(/[\s,]+/)
    .filter((id) => Object.hasOwn(numbers.thresholds, id))
    .map((id) => {
      const threshold = numbers.thresholds[id]!;
      return row([threshold.name, ...LEVELS.map((level) => formatBand(threshold, level))]);
    });
  return [
    paragraph(strong(caption)),
    { type: 'table', align: [], children: [row(['Metric', 'Good', 'Degraded', 'Bad']), ...rows] },
  ];
}

function plainText(node: Node): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(plainText).join('');
}

export function articleMarkdown(article: Article, body: string, shortUrl: string, numbers: Numbers): string {
  const data = article.data;
  const item = (label: string, value: string) => ({
    type: 'listItem',
    children: [paragraph(text(`${label}: ${value}`))],
  });
  const header = {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [text(data.title)] },
      { type: 'blockquote', children: [paragraph(text(data.summary))] },
      {
        type: 'list',
        ordered: false,
        spread: false,
        children: [
          item('Id', `${article.id} (${shortUrl})`),
          item('Scenario', SECTIONS[article.section].name),
          item('Type', TYPE_LABELS[data.type].one),
          item('Platforms', data.platforms.map((platform) => PLATFORM_LABELS[platform]).join(', ')),
          item('Applies to', sdkLabel(data.sdk)),
          ...(data.errorCodes.length > 0 ? [item('Error codes', data.errorCodes.join(', '))] : []),
          item('Reviewed', formatDate(data.reviewed)),
        ],
      },
    ],
  };
  const sources =
    data.sources.length > 0
      ? `\n\n${toMarkdown({
          type: 'root',
          children: [
            { type: 'heading', depth: 2, children: [text('Sources')] },
            {
              type: 'list',
              ordered: true,
              spread: false,
              children: data.sources.map((source) => ({
                type: 'listItem',
                children: [paragraph({ type: 'link', url: source.url, children: [text(source.title)] })],
              })),
            },
          ],
        } as never).trim()}`
      : '';
  return `${toMarkdown(header as never, { bullet: '-' }).trim()}\n\n${mdxToMarkdown(body, numbers)}${sources}\n`;
}

export interface FaqPair {
  question: string;
  answer: string;
}

/** Questions are the `##` headings of a FAQ article; each answer is the text up to the next one. */
export function faqPairs(body: string): FaqPair[] {
  const tree = mdxToMdast(body, { features: PARSE_FEATURES, position: false });
  const pairs: FaqPair[] = [];
  for (const node of (tree as { children?: MdastNode[] }).children ?? []) {
    if (node.type === 'heading' && (node as { depth?: number }).depth === 2) {
      pairs.push({ question: textOf(node).trim(), answer: '' });
    } else if (pairs.length > 0 && node.type !== 'mdxjsEsm') {
      const last = pairs[pairs.length - 1]!;
      const text = textOf(node).replace(/\s+/g, ' ').trim();
      if (text) last.answer = last.answer ? `${last.answer} ${text}` : text;
    }
  }
  return pairs.filter((pair) => pair.question && pair.answer);
}

function textOf(node: MdastNode): string {
  if (node.type === 'code') return '';
  const value = (node as { value?: unknown }).value;
  if (typeof value === 'string' && node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return value;
  const children = (node as { children?: MdastNode[] }).children;
  return children ? children.map(textOf).join(node.type === 'list' || node.type === 'table' ? ' ' : '') : '';
}
