import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blobId, freshnessOf, TRANSLATION_ROOT } from '../../i18n/translations.ts';
import { toProjectPath, type ContentModel, type YamlTranslationSource } from '../content-model.ts';
import type { MdxFacts } from '../mdx-facts.ts';
import type { Problem } from '../problems.ts';
import type { SourcePoint, YamlSource } from '../yaml-source.ts';
import { fieldAt, problemAt, type CheckContext, type Rule } from './context.ts';

const RULE = 'translation';
const HAN = /\p{Script=Han}/u;

/**
 * Text that reads as English: not one Chinese character, and several Latin words outside
 * `code` (eight in article prose, where a line may quote an English message; four in a
 * troubleshooter's or an error code's fields).
 */
export function looksUntranslated(text: string, words = 8): boolean {
  if (HAN.test(text)) return false;
  return (text.replace(/`[^`]*`/g, ' ').match(/[A-Za-z]{2,}/g) ?? []).length >= words;
}

/** The `{{number}}` placeholders of a text: a translation keeps every one. */
function placeholders(text: string | undefined): string {
  return [...(text ?? '').matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)]
    .map((match) => match[1])
    .sort()
    .join(' ');
}

/** Components with the props that carry facts (ids, codes, platforms): a translation keeps each of them. */
const FACT_PROPS = ['id', 'ids', 'code', 'api', 'platform', 'src', 'variant'];
function componentKeys(facts: MdxFacts): string[] {
  return facts.components
    .filter((component) => /^[A-Z]/.test(component.name))
    .map((component) => {
      const props = FACT_PROPS.filter((prop) => component.attributes[prop] !== undefined).map(
        (prop) => ` ${prop}="${component.attributes[prop]}"`,
      );
      return `<${component.name}${props.join('')}>`;
    });
}

/** What `english` has more of than `other`, as a multiset difference. */
function missingFrom(english: readonly string[], other: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const key of other) left.set(key, (left.get(key) ?? 0) + 1);
  return english.filter((key) => {
    const count = left.get(key) ?? 0;
    if (count === 0) return true;
    left.set(key, count - 1);
    return false;
  });
}

/**
 * A translated article against its English source: same anchors (so `/zh/kb/1301/#fix`
 * lands where `/kb/1301/#fix` does), same facts in components, same code blocks, and
 * prose in Chinese.
 */
export function compareArticle(english: MdxFacts, chinese: MdxFacts): { at: SourcePoint; message: string }[] {
  const problems: { at: SourcePoint; message: string }[] = [];
  const top = { line: 1, column: 1 };
  const anchors = new Set(chinese.headings.map((heading) => heading.anchor));
  english.headings.forEach((heading, index) => {
    if (anchors.has(heading.anchor)) return;
    const counterpart = chinese.headings[index];
    problems.push({
      at: counterpart?.at ?? top,
      message: `the English heading "${heading.text}" has the anchor #${heading.anchor}; end the Chinese heading with {#${heading.anchor}} so links to it keep working`,
    });
  });
  for (const key of missingFrom(componentKeys(english), componentKeys(chinese))) {
    problems.push({
      at: top,
      message: `${key} is in the English article but not here: keep every component and its ids`,
    });
  }
  for (const key of missingFrom(componentKeys(chinese), componentKeys(english))) {
    problems.push({ at: top, message: `${key} is not in the English article: a translation states the same facts` });
  }
  if (chinese.codeBlocks.length !== english.codeBlocks.length) {
    problems.push({
      at: chinese.codeBlocks[english.codeBlocks.length]?.at ?? top,
      message: `${chinese.codeBlocks.length} code blocks here, ${english.codeBlocks.length} in English: keep every code block (translate only comments)`,
    });
  }
  for (const heading of chinese.headings) {
    if (looksUntranslated(heading.text))
      problems.push({ at: heading.at, message: `this heading is still in English: "${heading.text.slice(0, 60)}"` });
  }
  for (const prose of chinese.prose) {
    if (looksUntranslated(prose.text))
      problems.push({ at: prose.at, message: `this text is still in English: "${prose.text.slice(0, 60)}…"` });
  }
  return problems;
}

/** Every text field of a YAML translation that still reads as English, with its path. */
function untranslatedFields(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return path[0] !== 'translation' && looksUntranslated(value, 4) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => untranslatedFields(item, [...path, index]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) =>
      key === 'code' ? [] : untranslatedFields(item, [...path, key]),
    );
  return [];
}

function freshness(
  source: { file: string; yaml?: YamlSource },
  englishFile: string,
  recorded: string,
  label: string,
): Problem[] {
  const current = blobId(readFileSync(englishFile));
  if (freshnessOf(recorded, current) === 'current') return [];
  return [
    problemAt(
      source,
      fieldAt(source, ['translation', 'source']),
      RULE,
      `the English file changed after this translation was made (${recorded} → ${current.slice(0, 12)}); run \`npm run translate -- ${label}\` to see what changed, update the text, then \`npm run translate -- ${label} --done\``,
      'warning',
    ),
  ];
}

function checkArticles(context: CheckContext): Problem[] {
  const { model } = context;
  const englishByPath = new Map(model.articles.map((source) => [source.pathInGuides, source]));
  return model.translations.articles.flatMap((source) => {
    const english = englishByPath.get(source.pathInGuides);
    if (!english)
      return [
        problemAt(
          source,
          { line: 1, column: 1 },
          RULE,
          `no English article at content/guides/${source.pathInGuides}: a translation sits at the same path as its source (move it, or delete it if the article was removed)`,
        ),
      ];
    const problems: Problem[] = [];
    if (source.facts && english.facts)
      for (const { at, message } of compareArticle(english.facts, source.facts))
        problems.push(problemAt(source, at, RULE, message));
    if (!source.data || !english.data) return problems;
    if (source.data.id !== english.data.id)
      problems.push(
        problemAt(source, fieldAt(source, ['id']), RULE, `id must be ${english.data.id}, the id of ${english.file}`),
      );
    if (!HAN.test(source.data.title))
      problems.push(problemAt(source, fieldAt(source, ['title']), RULE, 'the title is still in English'));
    if (!HAN.test(source.data.summary))
      problems.push(problemAt(source, fieldAt(source, ['summary']), RULE, 'the summary is still in English'));
    return settle(
      problems,
      freshness(source, join(process.cwd(), english.file), source.data.translation.source, english.data.id),
    );
  });
}

/**
 * A translation whose English file changed since it was made is stale: what no longer
 * matches (a new heading, a new answer) is expected, and the Chinese page says it is
 * out of date and links to English. So its differences are warnings, not errors: an
 * English fix never waits for a translator. A current translation must match exactly.
 */
function settle(problems: Problem[], staleness: Problem[]): Problem[] {
  if (staleness.length === 0) return problems;
  return [
    ...problems.map((problem) =>
      problem.severity === 'error'
        ? {
            ...problem,
            severity: 'warning' as const,
            message: `${problem.message} (stale translation: update it with the English changes)`,
          }
        : problem,
    ),
    ...staleness,
  ];
}

function checkTrees(context: CheckContext): Problem[] {
  const { model } = context;
  return model.translations.trees.flatMap((source) => {
    const english = model.trees.find((tree) => tree.id === source.id);
    if (!english) return [orphan(source, `content/troubleshooting/${source.id}.yaml`)];
    if (!source.data || !english.data) return [];
    const problems = untranslated(source);
    const nodes = english.data.nodes;
    for (const [id, text] of Object.entries(source.data.nodes)) {
      const node = nodes[id];
      if (!node) {
        problems.push(
          problemAt(source, source.yaml!.locate(['nodes', id]), RULE, `the English troubleshooter has no node "${id}"`),
        );
        continue;
      }
      const expected =
        node.type === 'question'
          ? ['question', ...(node.help ? ['help'] : []), 'options']
          : ['title', ...(node.body ? ['body'] : [])];
      for (const field of expected)
        if (text[field as keyof typeof text] === undefined)
          problems.push(
            problemAt(source, source.yaml!.locate(['nodes', id]), RULE, `translate \`${field}\` of node "${id}"`),
          );
      for (const field of Object.keys(text))
        if (!expected.includes(field))
          problems.push(
            problemAt(
              source,
              source.yaml!.locate(['nodes', id, field]),
              RULE,
              `node "${id}" has no \`${field}\` in English`,
            ),
          );
      const pairs: [string, (string | number)[], string | undefined, string | undefined][] =
        node.type === 'question'
          ? [
              ['question', ['question'], node.question, text.question],
              ['help', ['help'], node.help, text.help],
              ...node.options.map(
                (option, index): [string, (string | number)[], string | undefined, string | undefined] => [
                  `answer ${index + 1}`,
                  ['options', index],
                  option.label,
                  text.options?.[index],
                ],
              ),
            ]
          : [
              ['title', ['title'], node.title, text.title],
              ['body', ['body'], node.body, text.body],
            ];
      for (const [label, path, english, chinese] of pairs)
        if (chinese !== undefined && placeholders(english) !== placeholders(chinese))
          problems.push(
            problemAt(
              source,
              source.yaml!.locate(['nodes', id, ...path]),
              RULE,
              `${label} of node "${id}" must keep the number placeholders of English: ${placeholders(english) || 'none'}`,
            ),
          );
      if (node.type === 'question' && text.options && text.options.length !== node.options.length)
        problems.push(
          problemAt(
            source,
            source.yaml!.locate(['nodes', id, 'options']),
            RULE,
            `${text.options.length} answer labels here, ${node.options.length} in English: one label per answer, in the English order`,
          ),
        );
    }
    for (const id of Object.keys(nodes))
      if (!source.data.nodes[id])
        problems.push(problemAt(source, source.yaml!.locate(['nodes']), RULE, `node "${id}" is not translated`));
    return settle(
      problems,
      freshness(
        source,
        join(process.cwd(), english.file),
        source.data.translation.source,
        `troubleshooting/${source.id}`,
      ),
    );
  });
}

function checkErrors(context: CheckContext): Problem[] {
  const { errorApis } = context;
  return context.model.translations.errors.flatMap((source) => {
    const english = errorApis.find((api) => api.api === source.id);
    if (!english) return [orphan(source, `content/errors/${source.id}.yaml`)];
    if (!source.data || !english.data) return [];
    const problems = untranslated(source);
    const codes = new Set(english.data.codes.map((code) => code.code));
    source.data.codes.forEach((code, index) => {
      const original = english.data!.codes.find((candidate) => candidate.code === code.code);
      if (!original) {
        problems.push(
          problemAt(
            source,
            source.yaml!.locate(['codes', index, 'code']),
            RULE,
            `the English file has no code "${code.code}"`,
          ),
        );
        return;
      }
      for (const field of ['title', 'meaning', 'causes', 'confirm', 'fix'] as const) {
        const english = [original[field]].flat().join(' ');
        if (placeholders(english) !== placeholders([code[field]].flat().join(' ')))
          problems.push(
            problemAt(
              source,
              source.yaml!.locate(['codes', index, field]),
              RULE,
              `\`${field}\` must keep the number placeholders of English: ${placeholders(english) || 'none'}`,
            ),
          );
      }
    });
    const translated = new Set(source.data.codes.map((code) => code.code));
    for (const code of codes)
      if (!translated.has(code))
        problems.push(problemAt(source, source.yaml!.locate(['codes']), RULE, `code "${code}" is not translated`));
    return settle(problems, freshness(source, english.path, source.data.translation.source, `errors/${source.id}`));
  });
}

function orphan(source: YamlTranslationSource<unknown>, english: string): Problem {
  return problemAt(
    source,
    { line: 1, column: 1 },
    RULE,
    `no English file at ${english}: a translation sits at the same path as its source`,
  );
}

function untranslated(source: YamlTranslationSource<unknown>): Problem[] {
  return untranslatedFields(source.data).map((path) =>
    problemAt(source, source.yaml!.locate(path), RULE, `\`${path.join('.')}\` is still in English`),
  );
}

/**
 * With Chinese published, every published page has its translation: a missing one is an
 * error. Only a new page can be missing one (an English fix to an existing page makes
 * its translation stale, which is a warning), so the writer who adds a page scaffolds
 * its translation in the same pull request; a draft waits until it is published.
 */
function checkMissing({ model, config, errorApis }: CheckContext): Problem[] {
  if (!config.languages.includes('zh')) return [];
  const root = join(model.root, TRANSLATION_ROOT);
  const missing = (file: string, path: string, label: string): Problem[] =>
    existsSync(join(root, path))
      ? []
      : [
          problemAt(
            { file },
            { line: 1, column: 1 },
            RULE,
            `no Chinese translation (content/${TRANSLATION_ROOT}/${path}): every published page has one; start it with \`npm run translate -- ${label}\` (or keep the page \`draft: true\` until it is translated)`,
          ),
        ];
  return [
    ...model.articles.flatMap((source) =>
      source.data && !source.data.draft
        ? missing(source.file, join('guides', source.pathInGuides), source.data.id)
        : [],
    ),
    ...model.trees.flatMap((source) =>
      missing(source.file, join('troubleshooting', `${source.id}.yaml`), `troubleshooting/${source.id}`),
    ),
    ...errorApis.flatMap((api) =>
      missing(toProjectPath(api.path), join('errors', `${api.api}.yaml`), `errors/${api.api}`),
    ),
  ];
}

export const translations: Rule = {
  id: RULE,
  description:
    'Translations in `content/zh/` match their English source (same anchors, components and code blocks, text in Chinese) and are current; with `zh` in `languages`, every published page has one.',
  check: (context) => [
    ...checkArticles(context),
    ...checkTrees(context),
    ...checkErrors(context),
    ...checkMissing(context),
  ],
};
