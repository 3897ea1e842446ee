import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { auditMdxSource, imageOutsideProblem, parseMdx } from '../mdx-policy.ts';

/**
 * The build's own guard, in the Markdown pipeline: before Sätteri compiles an MDX
 * file to JavaScript, the file is audited with the same parser and policy as
 * `npm run check`, and a violation stops the build before anything is executed.
 * The check normally refuses such a file first; this guard covers `astro dev` and
 * any path that skips the check.
 */
export function contentGuard(options: { contentRoot: string; publicDir: string }): MdastPluginEntry {
  return (ctx: PluginFactoryContext) => {
    if (ctx.sourceFormat !== 'mdx') return null;
    const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '(unknown file)';
    const shown = relative(process.cwd(), file).replaceAll('\\', '/');
    const violations = auditMdxSource(ctx.source).map((violation) => ({ ...violation }));
    const parsed = parseMdx(ctx.source);
    if ('tree' in parsed && ctx.fileURL) {
      visitImages(parsed.tree, (url, at) => {
        const problem = imageOutsideProblem(url, dirname(file), options.contentRoot, options.publicDir);
        if (problem) violations.push({ rule: 'url', at, message: `image ${problem}` });
      });
    }
    if (violations.length > 0) {
      const lines = violations.map(
        (violation) => `${shown}:${violation.at.line}:${violation.at.column}  ${violation.rule}  ${violation.message}`,
      );
      throw new Error(`Refused by the content policy, nothing was compiled:\n${lines.join('\n')}`);
    }
    return null;
  };
}

function visitImages(node: unknown, found: (url: string, at: { line: number; column: number }) => void): void {
  const current = node as {
    type?: string;
    url?: string;
    children?: unknown[];
    position?: { start: { line: number; column: number } };
  };
  if (current.type === 'image' && typeof current.url === 'string' && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(current.url)) {
    found(current.url, current.position?.start ?? { line: 1, column: 1 });
  }
  for (const child of current.children ?? []) visitImages(child, found);
}
