import { KB_ID_PATTERN, type ArticleFrontmatter } from '../schemas/article.ts';
import { isSectionId, type SectionId } from '../schemas/vocabulary.ts';

/** An article with everything derived from its file and id. Computed once, rendered everywhere. */
export interface Article {
  /** `KB-1042` */
  id: string;
  /** `1042`: the short-link number. */
  number: string;
  section: SectionId;
  slug: string;
  /** Canonical site path without the base, e.g. `/voice-rooms/echo-and-howling/`. */
  path: string;
  /** `/kb/1042/`: the link support pastes; it never changes. */
  shortPath: string;
  /** Source file relative to the project root, e.g. `content/guides/voice-rooms/echo-and-howling.mdx`. */
  file: string;
  data: ArticleFrontmatter;
}

export function kbNumber(id: string): string {
  const match = KB_ID_PATTERN.exec(id);
  if (!match?.[1]) throw new Error(`Not a knowledge-base id: ${id}`);
  return match[1];
}

export function articlePath(section: SectionId, slug: string): string {
  return `/${section}/${slug}/`;
}

export function shortLinkPath(id: string): string {
  return `/kb/${kbNumber(id)}/`;
}

/** Where a file under `guides/` sits: `voice-rooms/echo.mdx` → section and slug. */
export function locateGuide(pathInGuides: string): { section: string; slug: string; depth: number } {
  const parts = pathInGuides.replaceAll('\\', '/').split('/');
  const fileName = parts.at(-1) ?? '';
  return { section: parts[0] ?? '', slug: fileName.replace(/\.mdx?$/, ''), depth: parts.length };
}

export function makeArticle(file: string, pathInGuides: string, data: ArticleFrontmatter): Article {
  const { section, slug } = locateGuide(pathInGuides);
  if (!isSectionId(section)) throw new Error(`${file}: "${section}" is not a scenario folder`);
  return {
    id: data.id,
    number: kbNumber(data.id),
    section,
    slug,
    path: articlePath(section, slug),
    shortPath: shortLinkPath(data.id),
    file,
    data,
  };
}
