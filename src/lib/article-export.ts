import { mdxToMdast, type MdastNode } from 'satteri';
import type { Article } from './articles.ts';
import { PLATFORM_LABELS, TYPE_LABELS, formatDate, sdkLabel } from './labels.ts';
import { PARSE_FEATURES } from './mdx-facts.ts';
import { SECTIONS } from './sections.ts';

/**
 * Plain Markdown from an MDX body, for `/kb/1042.md` and `llms.txt` readers:
 * imports go, writer components become their text (a figure becomes its caption).
 */
export function mdxToMarkdown(body: string): string {
  const lines: string[] = [];
  let inFence = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence || /^\s*(```|~~~)/.test(line)) {
      lines.push(line);
      continue;
    }
    if (/^\s*(import|export)\s/.test(line)) continue;
    const caption = /^\s*<[A-Z]\w*\b[^>]*\bcaption="([^"]*)"[^>]*\/>\s*$/.exec(line);
    if (caption) {
      lines.push(`*Figure: ${caption[1]}*`);
      continue;
    }
    const callout = /^\s*<Callout\b[^>]*\btype="(\w+)"(?:[^>]*\btitle="([^"]*)")?[^>]*>\s*$/.exec(line);
    if (callout) {
      lines.push(`**${capitalize(callout[1] ?? 'note')}${callout[2] ? `: ${callout[2]}` : ''}.**`);
      continue;
    }
    const tab = /^\s*<PlatformTab\b[^>]*\bplatform="([\w-]+)"[^>]*>\s*$/.exec(line);
    if (tab) {
      lines.push(`**${PLATFORM_LABELS[tab[1] as keyof typeof PLATFORM_LABELS] ?? tab[1]}**`, '');
      continue;
    }
    const metric = /^\s*<Metric\b(.*)\/>\s*$/.exec(line);
    if (metric) {
      const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(metric[1] ?? '')?.[1] ?? '';
      lines.push(
        `- ${attribute('name')}: good ${attribute('good')}, degraded ${attribute('degraded')}, bad ${attribute('bad')}`,
      );
      continue;
    }
    // Any other component tag on a line of its own: drop the tag, keep what it wraps.
    if (/^\s*<\/?[A-Z][\w.]*\b[^>]*>\s*$/.test(line)) continue;
    lines.push(line.replace(/<\/?[A-Z][\w.]*\b[^>]*>/g, ''));
  }
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function articleMarkdown(article: Article, body: string, shortUrl: string): string {
  const data = article.data;
  const header = [
    `# ${data.title}`,
    '',
    `> ${data.summary}`,
    '',
    `- Id: ${article.id} (${shortUrl})`,
    `- Scenario: ${SECTIONS[article.section].name}`,
    `- Type: ${TYPE_LABELS[data.type].one}`,
    `- Platforms: ${data.platforms.map((platform) => PLATFORM_LABELS[platform]).join(', ')}`,
    `- Applies to: ${sdkLabel(data.sdk)}`,
    ...(data.errorCodes.length > 0 ? [`- Error codes: ${data.errorCodes.join(', ')}`] : []),
    `- Reviewed: ${formatDate(data.reviewed)}`,
  ];
  return `${header.join('\n')}\n\n${mdxToMarkdown(body)}\n`;
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
