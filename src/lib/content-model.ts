import { readdirSync, readFileSync } from 'node:fs';
import { slug } from 'github-slugger';
import { join, relative } from 'node:path';
import { articleSchema, type ArticleFrontmatter } from '../schemas/article.ts';
import { treeSchema, type Tree } from '../schemas/tree.ts';
import { makeArticle, locateGuide, type Article } from './articles.ts';
import { contentRoot } from './content-root.ts';
import { MdxSyntaxError, readMdxFacts, type MdxFacts } from './mdx-facts.ts';
import { isSectionId } from '../schemas/vocabulary.ts';
import type { WizardTree } from './wizard/graph.ts';
import type { Numbers } from '../schemas/numbers.ts';
import type { Glossary } from '../schemas/glossary.ts';
import { ERRORS_DIR, readErrorApis, type ErrorApiFile } from './error-files.ts';
import { TRANSLATION_ROOT } from '../i18n/translations.ts';
import {
  articleTranslationSchema,
  errorApiTranslationSchema,
  treeTranslationSchema,
  type ArticleTranslation,
  type ErrorApiTranslation,
  type TreeTranslation,
} from '../schemas/translation.ts';
import type { z } from 'astro/zod';
import type { DataFile } from './data-files.ts';
import { readGlossary } from './glossary-file.ts';
import { readNumbers } from './numbers-file.ts';
import { buildSiteModel, type SiteModel } from './site-model.ts';
import { loadSiteConfig } from './site-config.ts';
import { locateIssues } from './zod-issues.ts';
import { parseYamlSource, type SourcePoint, type YamlSource } from './yaml-source.ts';

/** Something wrong found while reading a file, before any cross-file rule runs. */
export interface ReadIssue {
  rule: 'mdx-syntax' | 'yaml-syntax' | 'frontmatter' | 'tree-schema' | 'encoding' | 'tree-file' | 'translation';
  at: SourcePoint;
  message: string;
}

/** An MDX file of `content/`, English or translated, read with positions. */
export interface MdxSource<T = unknown> {
  /** Project-relative path with forward slashes: what every message shows. */
  file: string;
  /** Path under `guides/` (or `zh/guides/`), e.g. `voice-rooms/echo.mdx`. */
  pathInGuides: string;
  text: string;
  yaml?: YamlSource;
  /** Frontmatter that passed the schema. */
  data?: T;
  facts?: MdxFacts;
  issues: ReadIssue[];
}

export interface ArticleSource extends MdxSource<ArticleFrontmatter> {
  /** Set when the frontmatter is valid and the folder is a known scenario. */
  article?: Article;
}

/** A YAML translation (`content/zh/troubleshooting/*.yaml`, `content/zh/errors/*.yaml`). */
export interface YamlTranslationSource<T> {
  file: string;
  /** Tree id or API name: the English file's name. */
  id: string;
  yaml?: YamlSource;
  data?: T;
  issues: ReadIssue[];
}

/** `content/zh/`: text of the English files in Chinese, paired with them by path. */
export interface Translations {
  articles: MdxSource<ArticleTranslation>[];
  trees: YamlTranslationSource<TreeTranslation>[];
  errors: YamlTranslationSource<ErrorApiTranslation>[];
}

export interface TreeSource {
  file: string;
  id: string;
  text: string;
  yaml: YamlSource;
  data?: Tree;
  issues: ReadIssue[];
}

/** The content folder as files with positions: what the checks and the build guard read. */
export interface ContentModel {
  root: string;
  articles: ArticleSource[];
  trees: TreeSource[];
  translations: Translations;
}

/** Every MDX file, English and translated: what the safety, link and anchor rules read. */
export function everyMdx(model: ContentModel): MdxSource[] {
  return [...model.articles, ...model.translations.articles];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function listFiles(dir: string, extension: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.endsWith(extension))
    .map((entry) => entry.replaceAll('\\', '/'))
    .sort();
}

export function toProjectPath(absolute: string, cwd = process.cwd()): string {
  return relative(cwd, absolute).replaceAll('\\', '/');
}

/**
 * A content file as text, or why it cannot be read as what the build reads: UTF-8
 * without a byte-order mark. Invalid bytes would otherwise turn into U+FFFD in the
 * check and into a confusing failure in the build.
 */
export function readText(absolute: string): { text: string; issue?: ReadIssue } {
  const bytes = readFileSync(absolute);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const lines = before.split('\n');
    return {
      text: new TextDecoder('utf-8').decode(bytes),
      issue: {
        rule: 'encoding',
        at: { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 },
        message: `the file is not UTF-8 (byte 0x${bytes[bad]?.toString(16).padStart(2, '0')} here); save it as UTF-8 in your editor`,
      },
    };
  }
  if (text.startsWith('\uFEFF')) {
    return {
      text: text.slice(1),
      issue: {
        rule: 'encoding',
        at: { line: 1, column: 1 },
        message: 'the file starts with a byte-order mark (an invisible U+FEFF); save it as "UTF-8" without BOM',
      },
    };
  }
  return { text };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length;) {
    const byte = bytes[index]!;
    const length = byte < 0x80 ? 1 : byte >> 5 === 6 ? 2 : byte >> 4 === 14 ? 3 : byte >> 3 === 30 ? 4 : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next++) if ((bytes[index + next]! & 0xc0) !== 0x80) return index;
    index += length;
  }
  return 0;
}

/** Reads an MDX file: frontmatter against `schema`, body parsed for facts, problems located. */
export function readMdx<S extends z.ZodType>(
  absolute: string,
  pathInGuides: string,
  schema: S,
  cwd = process.cwd(),
): MdxSource<z.output<S>> {
  const file = toProjectPath(absolute, cwd);
  const { text, issue } = readText(absolute);
  const source: MdxSource<z.output<S>> = { file, pathInGuides, text, issues: issue ? [issue] : [] };
  if (issue?.message.startsWith('the file is not UTF-8')) return source;

  const match = FRONTMATTER.exec(text);
  if (!match) {
    source.issues.push({
      rule: 'frontmatter',
      at: { line: 1, column: 1 },
      message: 'no frontmatter: start the file with a `---` block (run `npm run new` for a template)',
    });
  } else {
    // The YAML starts on line 2, after the opening `---`.
    source.yaml = parseYamlSource(match[1] ?? '', 1);
    for (const error of source.yaml.syntaxErrors) {
      source.issues.push({
        rule: 'yaml-syntax',
        at: error.at,
        message: `frontmatter is not valid YAML: ${error.message}`,
      });
    }
    if (source.yaml.syntaxErrors.length === 0) {
      const result = schema.safeParse(source.yaml.data ?? {}, { reportInput: true });
      if (result.success) source.data = result.data;
      else {
        for (const { at, message } of locateIssues(result.error, source.yaml)) {
          source.issues.push({ rule: 'frontmatter', at, message });
        }
      }
    }
  }

  try {
    source.facts = readMdxFacts(text);
  } catch (error) {
    if (!(error instanceof MdxSyntaxError)) throw error;
    source.issues.push({ rule: 'mdx-syntax', at: error.at, message: `${error.message}` });
  }
  return source;
}

export function readArticle(absolute: string, pathInGuides: string, cwd = process.cwd()): ArticleSource {
  const source: ArticleSource = readMdx(absolute, pathInGuides, articleSchema, cwd);
  const { section, depth } = locateGuide(pathInGuides);
  if (source.data && isSectionId(section) && depth === 2) {
    source.article = makeArticle(source.file, pathInGuides, source.data);
  }
  return source;
}

/** Tree file names are their URL (`/troubleshoot/<name>/`): lowercase words joined by hyphens. */
const TREE_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function readTree(absolute: string, cwd = process.cwd()): TreeSource {
  const file = toProjectPath(absolute, cwd);
  const { text, issue } = readText(absolute);
  const yaml = parseYamlSource(text);
  const id = absolute
    .replaceAll('\\', '/')
    .split('/')
    .at(-1)!
    .replace(/\.ya?ml$/, '');
  const source: TreeSource = { file, id, text, yaml, issues: issue ? [issue] : [] };
  if (!TREE_FILE.test(id)) {
    source.issues.push({
      rule: 'tree-file',
      at: { line: 1, column: 1 },
      message: `file name "${id}" must be lowercase words joined by hyphens (it is the troubleshooter's URL); rename the file, e.g. to ${slug(id).replace(/-{2,}/g, '-').replace(/^-|-$/g, '') || 'symptom-name'}.yaml`,
    });
  }
  for (const error of yaml.syntaxErrors) {
    source.issues.push({ rule: 'yaml-syntax', at: error.at, message: `not valid YAML: ${error.message}` });
  }
  if (yaml.syntaxErrors.length === 0) {
    const result = treeSchema.safeParse(yaml.data ?? {}, { reportInput: true });
    if (result.success) source.data = result.data;
    else {
      for (const { at, message } of locateIssues(result.error, yaml))
        source.issues.push({ rule: 'tree-schema', at, message });
    }
  }
  return source;
}

export function loadContent(root = contentRoot(), cwd = process.cwd()): ContentModel {
  const guides = join(root, 'guides');
  const trees = join(root, 'troubleshooting');
  return {
    root,
    articles: listFiles(guides, '.mdx').map((path) => readArticle(join(guides, path), path, cwd)),
    trees: listFiles(trees, '.yaml').map((path) => readTree(join(trees, path), cwd)),
    translations: readTranslations(join(root, TRANSLATION_ROOT), cwd),
  };
}

export function readTranslations(root: string, cwd: string): Translations {
  const guides = join(root, 'guides');
  const yamlFiles = <S extends z.ZodType>(dir: string, schema: S) =>
    listFiles(join(root, dir), '.yaml').map((path): YamlTranslationSource<z.output<S>> => {
      const absolute = join(root, dir, path);
      const { text, issue } = readText(absolute);
      const yaml = parseYamlSource(text);
      const source: YamlTranslationSource<z.output<S>> = {
        file: toProjectPath(absolute, cwd),
        id: path.replace(/\.yaml$/, ''),
        yaml,
        issues: issue ? [issue] : [],
      };
      for (const error of yaml.syntaxErrors)
        source.issues.push({ rule: 'yaml-syntax', at: error.at, message: `not valid YAML: ${error.message}` });
      if (yaml.syntaxErrors.length > 0) return source;
      const result = schema.safeParse(yaml.data ?? {}, { reportInput: true });
      if (result.success) source.data = result.data;
      else
        for (const { at, message } of locateIssues(result.error, yaml))
          source.issues.push({ rule: 'translation', at, message });
      return source;
    });
  return {
    articles: listFiles(guides, '.mdx').map((path) => readMdx(join(guides, path), path, articleTranslationSchema, cwd)),
    trees: yamlFiles('troubleshooting', treeTranslationSchema),
    errors: yamlFiles(ERRORS_DIR, errorApiTranslationSchema),
  };
}

export function validArticles(model: ContentModel): Article[] {
  return model.articles.flatMap((source) => source.article ?? []);
}

export function validTrees(model: ContentModel): WizardTree[] {
  return model.trees.flatMap((source) =>
    source.data ? [{ id: source.id, file: source.file, data: source.data }] : [],
  );
}

/** The data files beside the articles: numbers, error codes, glossary, each read and validated. */
export interface DataFiles {
  numbers: DataFile<Numbers>;
  errorApis: readonly ErrorApiFile[];
  glossary: DataFile<Glossary>;
  /** `languages` of site.yaml; English alone when the file is missing or invalid (the check reports that). */
  languages: readonly string[];
}

export function readDataFiles(root: string): DataFiles {
  return {
    numbers: readNumbers(root),
    errorApis: readErrorApis(root),
    glossary: readGlossary(root),
    languages: siteLanguages(root),
  };
}

function siteLanguages(root: string): readonly string[] {
  try {
    return loadSiteConfig(root).languages;
  } catch {
    return ['en'];
  }
}

/** The site model these files make, with each article's heading anchors from its parsed body. */
export function siteModelOf(model: ContentModel, files: DataFiles = readDataFiles(model.root)): SiteModel {
  return buildSiteModel({
    articles: validArticles(model),
    trees: validTrees(model),
    numbers: files.numbers.data ?? { thresholds: {}, values: {} },
    errorApis: files.errorApis,
    glossary: files.glossary.data,
    languages: files.languages,
    anchors: new Map(
      model.articles.flatMap((source) =>
        source.article
          ? [[source.article.id, new Set(source.facts?.headings.map((heading) => heading.anchor))] as const]
          : [],
      ),
    ),
  });
}
