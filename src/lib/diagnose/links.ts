import type { FindingLink } from './findings.ts';

/**
 * Links of findings and checks, resolved at build time into a small table the
 * page carries in its data island: article ids to short links and titles, error
 * codes to their pages. The build fails if an id is unknown, so no finding ever
 * links nowhere.
 */
export interface LinkTable {
  /** `KB-1203` → short link path (with the base) and title. */
  articles: Record<string, { href: string; title: string }>;
  /** `ice/701` → error page path (with the base); only where the site has the page. */
  errors: Record<string, string>;
  /** Origin and base for absolute links in copied reports, e.g. `https://help.example.com`. */
  origin: string;
}

export interface ResolvedLink {
  href: string;
  title: string;
  /** The error page, when the finding names an error code the site has a page for. */
  error?: { href: string; code: string };
}

export function errorKey(api: string, code: string): string {
  return `${api}/${code}`;
}

export function resolveLink(table: LinkTable, link: FindingLink): ResolvedLink {
  const article = table.articles[link.article];
  if (!article) throw new Error(`unknown article ${link.article} in a diagnostics link`);
  const errorHref = link.error ? table.errors[errorKey(link.error.api, link.error.code)] : undefined;
  return {
    href: link.anchor ? `${article.href}#${link.anchor}` : article.href,
    title: article.title,
    ...(errorHref && link.error ? { error: { href: errorHref, code: link.error.code } } : {}),
  };
}

/** Every link a finding or check can carry, so the build can check them all. */
export function absolute(table: LinkTable, href: string): string {
  return new URL(href, table.origin).toString();
}
