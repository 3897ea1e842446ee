import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SiteConfig } from '../../schemas/site.ts';
import { KB_ID_PATTERN } from '../../schemas/article.ts';
import { locateGuide, shortLinkPath } from '../articles.ts';
import { readDataFiles, siteModelOf, type ArticleSource, type ContentModel } from '../content-model.ts';
import { sortProblems, type Problem } from '../problems.ts';
import { codeLang } from './code-lang.ts';
import type { CheckContext, Rule } from './context.ts';
import { discoverability } from './discoverability.ts';
import { duplicateId } from './duplicate-id.ts';
import { errorCodes } from './error-codes.ts';
import { images } from './images.ts';
import { links } from './links.ts';
import { mdxSafety } from './mdx-safety.ts';
import { headings } from './headings.ts';
import { articleSize } from './article-size.ts';
import { contentFiles } from './content-files.ts';
import { numbers } from './numbers.ts';
import { numberLiterals } from './number-literals.ts';
import { readIssues } from './read-issues.ts';
import { related } from './related.ts';
import { scenarioFolder } from './scenario-folder.ts';
import { sources } from './sources.ts';
import { stale } from './stale.ts';
import { structure } from './structure.ts';
import { glossary } from './glossary.ts';
import { translations } from './translations.ts';
import { trees } from './trees.ts';
import { urls } from './urls.ts';

export const RULES: readonly Rule[] = [
  readIssues,
  scenarioFolder,
  duplicateId,
  related,
  links,
  images,
  codeLang,
  contentFiles,
  mdxSafety,
  headings,
  articleSize,
  structure,
  trees,
  urls,
  numbers,
  numberLiterals,
  errorCodes,
  sources,
  discoverability,
  glossary,
  stale,
  translations,
];

export interface CheckOptions {
  site: SiteConfig;
  today?: Date;
  projectRoot?: string;
}

export function createCheckContext(model: ContentModel, options: CheckOptions): CheckContext {
  const projectRoot = options.projectRoot ?? process.cwd();
  const allById = new Map<string, ArticleSource>();
  for (const source of model.articles) {
    if (source.data && !allById.has(source.data.id)) allById.set(source.data.id, source);
  }
  const files = readDataFiles(model.root);
  const site = siteModelOf(model, files);
  return {
    model,
    site,
    unverified: unverifiedArticles(model),
    catalog: site.catalog,
    allById,
    config: options.site,
    numbers: files.numbers,
    errorApis: files.errorApis,
    glossary: files.glossary,
    publicDir: resolve(projectRoot, 'public'),
    today: options.today ?? new Date(),
  };
}

/** Id, short link and path of each article that has a readable id but invalid frontmatter. */
function unverifiedArticles(model: ContentModel): Set<string> {
  const keys = new Set<string>();
  for (const source of model.articles) {
    if (source.data) continue;
    const id = (source.yaml?.data as { id?: unknown } | undefined)?.id;
    if (typeof id !== 'string' || !KB_ID_PATTERN.test(id)) continue;
    const { section, slug } = locateGuide(source.pathInGuides);
    keys.add(id).add(shortLinkPath(id)).add(`/${section}/${slug}/`);
  }
  return keys;
}

export function runChecks(context: CheckContext, rules: readonly Rule[] = RULES): Problem[] {
  return sortProblems(rules.flatMap((rule) => rule.check(context)));
}
