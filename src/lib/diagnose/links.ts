import type { FindingLink } from './findings.ts';

/**
 * Links of findings and checks, resolved at build time into a small table the
 * page carries in its data island: article ids to short links and titles, error
 * codes to their pages. An article a site does not publish (a benchmark corpus,
 * a trimmed deployment) is simply not linked; links.test.ts makes sure the real
 * content has every one.
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

export function resolveLink(table: LinkTable, link: FindingLink): ResolvedLink | undefined {
  const article = table.articles[link.article];
  if (!article) return undefined;
  const errorHref = link.error ? table.errors[errorKey(link.error.api, link.error.code)] : undefined;
  return {
    href: link.anchor ? `${article.href}#${link.anchor}` : article.href,
    title: article.title,
    ...(errorHref && link.error ? { error: { href: errorHref, code: link.error.code } } : {}),
  };
}

/** An absolute URL for a copied report: it is read outside the site. */
export function absolute(table: LinkTable, href: string): string {
  return new URL(href, table.origin).toString();
}

/** Articles the pages themselves point to: how to read the graphs, and what each metric means. */
export const PAGE_LINKS = {
  graphs: { article: 'KB-1013' },
  glossary: { article: 'KB-1004' },
} as const satisfies Record<string, FindingLink>;

/** Ids of every article a finding or a pre-call check links to. */
export function linkedArticles(links: readonly FindingLink[]): string[] {
  return [...new Set(links.map((link) => link.article))].sort();
}
