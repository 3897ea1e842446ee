import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { articleSchema, type ArticleFrontmatter } from '../schemas/article.ts';
import { treeSchema, type Tree } from '../schemas/tree.ts';
import { makeArticle, locateGuide, type Article } from './articles.ts';
import { contentRoot } from './content-root.ts';
import { MdxSyntaxError, readMdxFacts, type MdxFacts } from './mdx-facts.ts';
import { isSectionId } from './sections.ts';
import type { WizardTree } from './wizard/graph.ts';
import { describeIssues, type FieldIssue } from './zod-issues.ts';
import { parseYamlSource, type SourcePoint, type YamlSource } from './yaml-source.ts';

/** Something wrong found while reading a file, before any cross-file rule runs. */
export interface ReadIssue {
  rule: 'mdx-syntax' | 'yaml-syntax' | 'frontmatter' | 'tree-schema';
  at: SourcePoint;
  message: string;
}

export interface ArticleSource {
  /** Project-relative path with forward slashes: what every message shows. */
  file: string;
  /** Path under `guides/`, e.g. `voice-rooms/echo.mdx`. */
  pathInGuides: string;
  text: string;
  yaml?: YamlSource;
  /** Frontmatter that passed the schema. */
  data?: ArticleFrontmatter;
  /** Set when the frontmatter is valid and the folder is a known scenario. */
  article?: Article;
  facts?: MdxFacts;
  issues: ReadIssue[];
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

export function readArticle(absolute: string, pathInGuides: string, cwd = process.cwd()): ArticleSource {
  const file = toProjectPath(absolute, cwd);
  const text = readFileSync(absolute, 'utf8');
  const source: ArticleSource = { file, pathInGuides, text, issues: [] };

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
      const result = articleSchema.safeParse(source.yaml.data ?? {}, { reportInput: true });
      if (result.success) source.data = result.data;
      else source.issues.push(...schemaIssues(result.error, source.yaml));
    }
  }

  try {
    source.facts = readMdxFacts(text);
  } catch (error) {
    if (!(error instanceof MdxSyntaxError)) throw error;
    source.issues.push({ rule: 'mdx-syntax', at: error.at, message: `${error.message}` });
  }

  const { section, depth } = locateGuide(pathInGuides);
  if (source.data && isSectionId(section) && depth === 2) {
    source.article = makeArticle(file, pathInGuides, source.data);
  }
  return source;
}

function schemaIssues(error: z.ZodError, yaml: YamlSource): ReadIssue[] {
  return describeIssues(error).map((issue: FieldIssue) => ({
    rule: 'frontmatter' as const,
    at: yaml.locate(issue.path),
    message: issue.message,
  }));
}

export function readTree(absolute: string, cwd = process.cwd()): TreeSource {
  const file = toProjectPath(absolute, cwd);
  const text = readFileSync(absolute, 'utf8');
  const yaml = parseYamlSource(text);
  const id = absolute
    .replaceAll('\\', '/')
    .split('/')
    .at(-1)!
    .replace(/\.ya?ml$/, '');
  const source: TreeSource = { file, id, text, yaml, issues: [] };
  for (const error of yaml.syntaxErrors) {
    source.issues.push({ rule: 'yaml-syntax', at: error.at, message: `not valid YAML: ${error.message}` });
  }
  if (yaml.syntaxErrors.length === 0) {
    const result = treeSchema.safeParse(yaml.data ?? {}, { reportInput: true });
    if (result.success) source.data = result.data;
    else {
      source.issues.push(
        ...describeIssues(result.error).map((issue) => ({
          rule: 'tree-schema' as const,
          at: yaml.locate(issue.path),
          message: issue.message,
        })),
      );
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
