import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlToHast, type HastNode } from 'satteri';
import type { Problem } from '../problems.ts';
import type { Rule } from './context.ts';

/** What `public/` may hold: static files a browser shows but never runs. */
const PUBLIC_TYPES = /\.(?:png|jpe?g|webp|avif|gif|ico|svg|txt|pdf|woff2?)$/i;
const SVG_ACTIVE = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener']);

/**
 * The files of `content/` and `public/` themselves: no symbolic links (one could make
 * an "image" read any file of the build machine), only inert file types in
 * `public/`, and SVGs there without script, event handlers or foreign objects.
 */
export const contentFiles: Rule = {
  id: 'content-files',
  description:
    'No symbolic links in `content/` or `public/`; `public/` holds only images, icons, text, PDF and fonts, and its SVGs carry no script, event handlers or `javascript:` links.',
  check: ({ model, publicDir }) => {
    const problems: Problem[] = [];
    const problem = (file: string, message: string, at = { line: 1, column: 1 }) =>
      problems.push({ file, line: at.line, column: at.column, rule: 'content-files', message, severity: 'error' });
    for (const [root, isPublic] of [
      [model.root, false],
      [publicDir, true],
    ] as const) {
      for (const file of walk(root)) {
        const shown = relative(process.cwd(), file).replaceAll('\\', '/');
        if (lstatSync(file).isSymbolicLink()) {
          problem(
            shown,
            'is a symbolic link; commit the file itself (a link could make the build read files outside the repository)',
          );
          continue;
        }
        if (!isPublic) continue;
        if (!PUBLIC_TYPES.test(file)) {
          problem(
            shown,
            'public/ serves files as they are, on the site’s own origin; only images, icons, text, PDF and fonts belong there',
          );
        } else if (/\.svg$/i.test(file)) {
          for (const issue of svgIssues(readFileSync(file, 'utf8'))) problem(shown, issue);
        }
      }
    }
    return problems;
  },
};

function* walk(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** An SVG opened directly runs its scripts on the site's origin: refuse anything active. */
export function svgIssues(svg: string): string[] {
  const issues: string[] = [];
  const visit = (node: HastNode) => {
    const element = node as HastNode & {
      tagName?: string;
      properties?: Record<string, unknown>;
      children?: HastNode[];
    };
    if (element.tagName) {
      const tag = element.tagName.toLowerCase();
      if (SVG_ACTIVE.has(tag)) issues.push(`contains <${element.tagName}>, which can run script; remove it`);
      for (const [key, value] of Object.entries(element.properties ?? {})) {
        if (/^on/i.test(key)) issues.push(`<${element.tagName}> has the event handler ${key}; remove it`);
        if (/href$/i.test(key) && /^\s*(?:javascript|data|vbscript):/i.test(String(value))) {
          issues.push(`<${element.tagName}> links to ${String(value).split(':')[0]}:; remove the link`);
        }
      }
    }
    for (const child of element.children ?? []) visit(child);
  };
  visit(htmlToHast(svg, { fragment: true }));
  return [...new Set(issues)];
}
