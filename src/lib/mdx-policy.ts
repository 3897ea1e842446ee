import { isAbsolute, relative, resolve } from 'node:path';
import { mdxToMdast, type MdastNode } from 'satteri';
import { HTML_ELEMENTS, isWriterComponent, WRITER_COMPONENTS } from '../schemas/components.ts';
import { describeIssues } from './zod-issues.ts';
import { suggest } from './checks/suggest.ts';
import type { SourcePoint } from './yaml-source.ts';

/**
 * The safe subset of MDX that content may use, enforced on the parsed tree.
 *
 * MDX compiles to JavaScript that runs when the site is built, so a pull request
 * that may write `export`, `import` or `{expressions}` may run any command on the
 * build machine, and one that may write any JSX may plant script on the site. The
 * subset: no ESM; no expressions but comments; only the writer components and a few
 * harmless HTML elements, each with an allow-list of literal attributes; URLs that
 * are https, http, mailto or site paths; images inside the content folder or `public/`.
 *
 * The content check reports every violation with its position, and the build runs
 * the same audit on the same parser's tree before compiling a file, so nothing that
 * fails it is ever executed.
 */

/** How the site parses MDX: Astro adds GFM and smart punctuation to our heading attributes. */
export const PARSE_FEATURES = { headingAttributes: true, gfm: true, smartPunctuation: true } as const;

export type PolicyRule =
  'mdx-syntax' | 'mdx-esm' | 'mdx-expression' | 'mdx-element' | 'mdx-attribute' | 'heading-attribute' | 'url';

export interface PolicyViolation {
  rule: PolicyRule;
  message: string;
  at: SourcePoint;
}

const ALLOWED_SCHEMES = new Set(['https', 'http', 'mailto']);
const PINNED_ID = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
/** `{640}`, `{true}`: a literal in braces is how MDX writes a number or a boolean. */
const LITERAL_EXPRESSION = /^\s*(?:\d+(?:\.\d+)?|true|false)\s*$/;

type Node = MdastNode & {
  value?: unknown;
  name?: string | null;
  url?: string;
  attributes?: Attribute[];
  children?: Node[];
  data?: { hProperties?: Record<string, unknown> };
  position?: { start: { line: number; column: number } };
};
type Attribute = {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
  position?: { start: { line: number; column: number } };
};

/** Parses MDX with the site's parser: the tree, or the syntax error as a located violation. */
export function parseMdx(source: string): { tree: MdastNode } | { error: PolicyViolation } {
  try {
    return { tree: mdxToMdast(source, { features: PARSE_FEATURES }) };
  } catch (error) {
    return { error: syntaxViolation(error, source) };
  }
}

/** Parses MDX with the site's parser and audits it; a syntax error is one violation. */
export function auditMdxSource(source: string): PolicyViolation[] {
  const parsed = parseMdx(source);
  return 'error' in parsed ? [parsed.error] : auditMdxTree(parsed.tree);
}

export function auditMdxTree(tree: MdastNode): PolicyViolation[] {
  const violations: PolicyViolation[] = [];
  const visit = (node: Node) => {
    violations.push(...auditNode(node));
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree as Node);
  return violations;
}

/** The violations of one node, not of its children. */
function auditNode(node: Node): PolicyViolation[] {
  const at = pointOf(node);
  const found = (rule: PolicyRule, message: string, where = at): PolicyViolation[] => [{ rule, message, at: where }];
  switch (node.type) {
    case 'mdxjsEsm': {
      const statement = String(node.value ?? '').trim();
      const keyword = /^export\b/.test(statement) ? 'export' : 'import';
      return found(
        'mdx-esm',
        `\`${keyword}\` is not allowed in content: MDX would run it when the site is built. Writer components need no import; remove the line`,
      );
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return isCommentOnly(String(node.value ?? ''))
        ? []
        : found(
            'mdx-expression',
            `\`{${preview(String(node.value ?? ''))}}\` is a JavaScript expression, which MDX runs at build time; only comments {/* … */} are allowed. For a literal brace write \\{ or put it in backticks`,
          );
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return auditElement(node, at);
    case 'heading':
      return auditHeadingAttributes(node, at);
    case 'link':
    case 'definition': {
      const problem = urlProblem(node.url ?? '');
      return problem ? found('url', `link ${problem}`) : [];
    }
    case 'image': {
      const problem = imageSrcProblem(node.url ?? '');
      return problem ? found('url', `image ${problem}`) : [];
    }
    default:
      return [];
  }
}

function auditElement(node: Node, at: SourcePoint): PolicyViolation[] {
  const name = node.name;
  if (!name) {
    return [{ rule: 'mdx-element', at, message: 'fragments `<>…</>` are not allowed; remove the empty tags' }];
  }
  const attributes = node.attributes ?? [];
  const violations: PolicyViolation[] = [];
  const attributeAt = (attribute: Attribute) => (attribute.position ? pointOf(attribute as Node) : at);

  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      violations.push({
        rule: 'mdx-attribute',
        at: attributeAt(attribute),
        message: `<${name}> has a spread or expression attribute \`{${preview(String(attribute.value ?? ''))}}\`, which runs JavaScript; write each attribute as name="value"`,
      });
    }
  }

  if (isWriterComponent(name)) {
    violations.push(...auditComponentProps(name, attributes, at));
    if (!WRITER_COMPONENTS[name].children && (node.children ?? []).length > 0) {
      violations.push({
        rule: 'mdx-element',
        at,
        message: `<${name}> takes no content; write it self-closing: <${name} … />`,
      });
    }
    return violations;
  }

  const allowed = Object.hasOwn(HTML_ELEMENTS, name) ? HTML_ELEMENTS[name] : undefined;
  if (!allowed) {
    return [...violations, { rule: 'mdx-element', at, message: elementMessage(name) }];
  }
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const where = attributeAt(attribute);
    if (!allowed.includes(attribute.name)) {
      violations.push({ rule: 'mdx-attribute', at: where, message: attributeMessage(name, attribute.name, allowed) });
    } else if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
      violations.push({
        rule: 'mdx-attribute',
        at: where,
        message: `<${name} ${attribute.name}={…}> is an expression; write a literal ${attribute.name}="…"`,
      });
    }
  }
  return violations;
}

function auditComponentProps(
  name: keyof typeof WRITER_COMPONENTS,
  attributes: readonly Attribute[],
  at: SourcePoint,
): PolicyViolation[] {
  const violations: PolicyViolation[] = [];
  const props: Record<string, unknown> = {};
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    if (/^on/i.test(attribute.name) || attribute.name.includes(':') || attribute.name === 'style') {
      violations.push({
        rule: 'mdx-attribute',
        at,
        message: attributeMessage(name, attribute.name, Object.keys(WRITER_COMPONENTS[name].props.shape)),
      });
      continue;
    }
    const value = attribute.value;
    if (value === null || value === undefined) props[attribute.name] = true;
    else if (typeof value === 'string') props[attribute.name] = value;
    else if (LITERAL_EXPRESSION.test(value.value)) props[attribute.name] = JSON.parse(value.value.trim());
    else {
      violations.push({
        rule: 'mdx-attribute',
        at: attribute.position ? pointOf(attribute as Node) : at,
        message: `<${name} ${attribute.name}={${preview(value.value)}}> is a JavaScript expression; attribute values are literal text ("…"), numbers ({640}) or booleans`,
      });
      props[attribute.name] = undefined;
    }
  }
  if (name === 'Figure' && typeof props.src === 'string') {
    const problem = imageSrcProblem(props.src);
    if (problem) violations.push({ rule: 'url', at, message: `<Figure src> ${problem}` });
  }
  const result = WRITER_COMPONENTS[name].props.safeParse(props, { reportInput: true });
  if (!result.success) {
    for (const issue of describeIssues(result.error)) {
      violations.push({ rule: 'mdx-attribute', at, message: `<${name}>: ${issue.message}` });
    }
  }
  return violations;
}

function auditHeadingAttributes(node: Node, at: SourcePoint): PolicyViolation[] {
  const properties = node.data?.hProperties ?? {};
  const violations: PolicyViolation[] = [];
  for (const [key, value] of Object.entries(properties)) {
    if (key === 'id') {
      if (typeof value !== 'string' || !PINNED_ID.test(value)) {
        violations.push({
          rule: 'heading-attribute',
          at,
          message: `pinned anchor {#${String(value)}} must be lowercase letters, digits and hyphens, e.g. {#fix}`,
        });
      }
    } else {
      violations.push({
        rule: 'heading-attribute',
        at,
        message: `heading attribute \`${key === 'className' ? '.class' : key}\` is not allowed; a heading may only pin its anchor: ## Title {#anchor}`,
      });
    }
  }
  return violations;
}

/** Why a link target is refused, or undefined when it is a safe scheme, a site path or an anchor. */
export function urlProblem(raw: string): string | undefined {
  const url = normalizeUrl(raw);
  if (url === '') return 'has no target';
  if (url.includes('\\')) return `"${preview(raw)}" contains a backslash, which browsers read as "/"; use "/"`;
  if (url.startsWith('//')) return `"${preview(raw)}" is protocol-relative; write https://… or a site path /…`;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined && !ALLOWED_SCHEMES.has(scheme)) {
    return `"${preview(raw)}" uses the ${scheme}: scheme; only https:, http:, mailto: and site paths (/kb/1042/) are allowed`;
  }
  return undefined;
}

const IMAGE_EXTENSIONS = /\.(?:png|jpe?g|webp|avif|gif)$/i;

/** Why an image source is refused: images are local raster files, without query or fragment. */
export function imageSrcProblem(raw: string): string | undefined {
  const src = normalizeUrl(raw);
  if (src === '') return 'has no source';
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    return `"${preview(raw)}" is not a local file; save the image next to the article (./name.png) so readers load nothing from other sites`;
  }
  if (src.includes('\\')) return `"${preview(raw)}" contains a backslash; use "/"`;
  if (/[?#]/.test(src)) {
    return `"${preview(raw)}" has a query or fragment (${src.includes('?') ? src.slice(src.indexOf('?')) : src.slice(src.indexOf('#'))}); write the plain file path`;
  }
  if (!IMAGE_EXTENSIONS.test(src)) {
    return `"${preview(raw)}" is not a PNG, JPEG, WebP, AVIF or GIF file (SVG can carry script: draw diagrams as components)`;
  }
  return undefined;
}

/**
 * Where an image path may point: inside the content folder (relative to the article)
 * or inside `public/` (site paths). Path arithmetic only; the check also resolves
 * symbolic links on disk.
 */
export function imageOutsideProblem(
  src: string,
  articleDir: string,
  contentRoot: string,
  publicDir: string,
): string | undefined {
  const path = normalizeUrl(src);
  const file = path.startsWith('/') ? resolve(publicDir, `.${path}`) : resolve(articleDir, path);
  const root = path.startsWith('/') ? publicDir : contentRoot;
  const inside = relative(root, file);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside)
    ? `"${preview(src)}" points outside the ${path.startsWith('/') ? 'public/' : 'content'} folder; keep images next to the article`
    : undefined;
}

/** What a browser would make of a URL attribute: ASCII whitespace and controls dropped. */
function normalizeUrl(raw: string): string {
  // eslint-disable-next-line no-control-regex
  return raw.replace(/[\u0000-\u0020\u007f]+/g, '');
}

/** True when an expression holds nothing but comments (`{/* note *\/}`), which MDX drops. */
export function isCommentOnly(expression: string): boolean {
  let rest = expression;
  for (;;) {
    rest = rest.trimStart();
    if (rest === '') return true;
    if (rest.startsWith('/*')) {
      const end = rest.indexOf('*/', 2);
      if (end === -1) return false;
      rest = rest.slice(end + 2);
    } else if (rest.startsWith('//')) {
      const end = rest.indexOf('\n');
      if (end === -1) return true;
      rest = rest.slice(end + 1);
    } else {
      return false;
    }
  }
}

/** Elements nobody writes by accident: no "did you mean a literal <" hint for them. */
const ACTIVE_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'meta',
  'base',
  'link',
  'form',
  'input',
  'svg',
  'math',
  'video',
  'audio',
  'source',
  'frame',
  'frameset',
  'template',
  'div',
]);

function elementMessage(name: string): string {
  const lower = name.toLowerCase();
  if (lower === 'a') return '<a> is not allowed; write a Markdown link: [text](/kb/1042/)';
  if (lower === 'img') return '<img> is not allowed; write a Markdown image ![what it shows](./file.png), or <Figure>';
  if (/^[a-z]/.test(name)) {
    const hint = ACTIVE_ELEMENTS.has(lower) ? '' : '. A literal "<" in text is written &lt; or in backticks';
    return `<${name}> is not an allowed HTML element (allowed: ${Object.keys(HTML_ELEMENTS).join(', ')}); use Markdown or a writer component${hint}`;
  }
  return `<${name}> is not a writer component${suggest(name, Object.keys(WRITER_COMPONENTS), (match) => `<${match}>`)}; the list is in CONTRIBUTING.md`;
}

function attributeMessage(element: string, attribute: string, allowed: readonly string[]): string {
  const why = /^on/i.test(attribute)
    ? 'event handlers run script'
    : attribute === 'style'
      ? 'inline styles are not allowed'
      : /[:]/.test(attribute)
        ? 'Astro directives are not allowed in content'
        : 'it is not on the allow-list';
  return `<${element} ${attribute}> is refused: ${why}. ${allowed.length > 0 ? `<${element}> may have: ${allowed.join(', ')}` : `<${element}> takes no attributes`}`;
}

function syntaxViolation(error: unknown, source: string): PolicyViolation {
  const message = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+):\s*(.*)$/s.exec(message);
  const at = { line: Number(match?.[1] ?? 1), column: Number(match?.[2] ?? 1) };
  let text = (match?.[3] ?? message).replace(/\s*\(mdx[-\w:]*\)\s*$/, '').trim();
  const lineText = source.split('\n')[at.line - 1] ?? '';
  if (/<[^A-Za-z/>]|<[a-z]\w*<|\w<\w/.test(lineText) || /before name|after `<`|closing tag/i.test(text)) {
    text += '. A literal "<" in prose (such as <150 ms or List<String>) is written &lt; or inside backticks';
  }
  return { rule: 'mdx-syntax', at, message: text };
}

function pointOf(node: Node): SourcePoint {
  const start = node.position?.start;
  return { line: start?.line ?? 1, column: start?.column ?? 1 };
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 37)}...` : flat;
}
