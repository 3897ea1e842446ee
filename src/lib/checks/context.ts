import type { Numbers } from '../../schemas/numbers.ts';
import type { Glossary } from '../../schemas/glossary.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import type { DataFile } from '../data-files.ts';
import type { ErrorApiFile } from '../error-files.ts';
import type { Catalog } from '../catalog.ts';
import type { SiteModel } from '../site-model.ts';
import type { ArticleSource, ContentModel } from '../content-model.ts';
import type { Problem } from '../problems.ts';
import type { SourcePoint, YamlSource } from '../yaml-source.ts';

export interface CheckContext {
  model: ContentModel;
  /** The site these files make: catalog, routes, redirects, resolution (built once per check). */
  site: SiteModel;
  /** Published (non-draft) articles with valid frontmatter: `site.catalog`. */
  catalog: Catalog;
  /** Every article with valid frontmatter, drafts included, by id (first one wins on duplicates). */
  allById: ReadonlyMap<string, ArticleSource>;
  /**
   * Ids and paths of articles whose frontmatter is invalid. Cross-reference rules treat them as
   * present, so one bad field is reported once, not again by every article that links there.
   */
  unverified: ReadonlySet<string>;
  config: SiteConfig;
  /** `content/numbers.yaml`, read and validated. */
  numbers: DataFile<Numbers>;
  /** `content/glossary.yaml`, read and validated. */
  glossary: DataFile<Glossary>;
  /** `content/errors/*.yaml`, read and validated. */
  errorApis: readonly ErrorApiFile[];
  /** Folder of static files; absolute image paths resolve here. */
  publicDir: string;
  today: Date;
}

export interface Rule {
  id: string;
  /** One line for CONTRIBUTING.md and `npm run check -- --rules`. */
  description: string;
  check(context: CheckContext): Problem[];
}

export function problemAt(
  source: { file: string },
  at: SourcePoint,
  rule: string,
  message: string,
  severity: Problem['severity'] = 'error',
): Problem {
  return { file: source.file, line: at.line, column: at.column, rule, message, severity };
}

/** Position of a frontmatter field, or the top of the file when it cannot be located. */
export function fieldAt(source: { yaml?: YamlSource }, path: (string | number)[]): SourcePoint {
  return source.yaml?.locate(path) ?? { line: 1, column: 1 };
}
