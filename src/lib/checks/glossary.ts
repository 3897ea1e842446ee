import { toProjectPath } from '../content-model.ts';
import { pageConcepts } from '../search/index-terms.ts';
import { HAN, normalize, stem } from '../search/query.ts';
import { errorKey } from '../error-key.ts';
import { problemAt, fieldAt, type Rule } from './context.ts';
import type { Problem } from '../problems.ts';

/**
 * The vocabulary search expands queries with (`content/glossary.yaml`), and how it meets
 * the articles: a concept an article is about (its title, summary, keywords or tags
 * name it) must have Chinese terms, or a Chinese question cannot reach the article
 * through it.
 */
export const glossary: Rule = {
  id: 'glossary',
  description:
    '`content/glossary.yaml` matches its schema, ids are unique, `related` and `codes` name concepts and error codes that exist, a term belongs to one concept; an article’s main concepts (named in its title, summary, keywords or tags) have Chinese terms.',
  check: ({ glossary: file, site, model, errorApis }) => {
    const source = { file: toProjectPath(file.path), yaml: file.yaml };
    const problems: Problem[] = file.issues.map((issue) => problemAt(source, issue.at, issue.rule, issue.message));
    const concepts = file.data?.concepts ?? [];
    const ids = new Map<string, number>();
    concepts.forEach((concept, index) => {
      if (ids.has(concept.id))
        problems.push(
          problemAt(
            source,
            fieldAt(source, ['concepts', index, 'id']),
            'glossary',
            `the id "${concept.id}" is already used by concept ${ids.get(concept.id)! + 1}`,
          ),
        );
      else ids.set(concept.id, index);
    });
    const known = new Set(
      errorApis.flatMap((api) => api.data?.codes.flatMap((code) => [code.code, ...code.aliases].map(errorKey)) ?? []),
    );
    const owner = new Map<string, { concept: string; term: string }>();
    concepts.forEach((concept, index) => {
      concept.related.forEach((id, at) => {
        if (!ids.has(id))
          problems.push(
            problemAt(
              source,
              fieldAt(source, ['concepts', index, 'related', at]),
              'glossary',
              `no concept has the id "${id}"`,
            ),
          );
      });
      concept.codes.forEach((code, at) => {
        if (!known.has(errorKey(code)))
          problems.push(
            problemAt(
              source,
              fieldAt(source, ['concepts', index, 'codes', at]),
              'glossary',
              `"${code}" is not a code or alias in content/errors/`,
              'warning',
            ),
          );
      });
      for (const [list, terms] of [
        ['en', concept.en],
        ['zh', concept.zh],
      ] as const)
        terms.forEach((term, at) => {
          const key = matchingForm(term);
          const first = owner.get(key);
          if (first && first.concept !== concept.id)
            problems.push(
              problemAt(
                source,
                fieldAt(source, ['concepts', index, list, at]),
                'glossary',
                `"${term}" ${first.term.toLowerCase() === term.toLowerCase() ? 'is also a term' : `matches the same words as "${first.term}"`} of "${first.concept}": a query with it would mean both; keep it in the concept it names best`,
                'warning',
              ),
            );
          else if (!first) owner.set(key, { concept: concept.id, term });
        });
    });

    const withoutChinese = new Set(concepts.filter((concept) => concept.zh.length === 0).map((concept) => concept.id));
    if (withoutChinese.size === 0) return problems;
    for (const article of model.articles) {
      const data = article.article?.data;
      if (!data || data.draft) continue;
      const main = pageConcepts(
        {
          title: [data.title],
          strong: [data.summary, ...data.keywords, ...data.tags.map((tag) => tag.replaceAll('-', ' '))],
          medium: [],
          weak: [],
        },
        site.glossary,
      );
      const missing = [...main.keys()].filter((id) => withoutChinese.has(id));
      if (missing.length > 0)
        problems.push(
          problemAt(
            article,
            fieldAt(article, ['title']),
            'glossary',
            `this article is about ${missing.map((id) => `"${id}"`).join(', ')}, which ${missing.length > 1 ? 'have' : 'has'} no Chinese terms in content/glossary.yaml: add the words Chinese developers use, so their questions reach it`,
            'warning',
          ),
        );
    }
    return problems;
  },
};

/** A term as search matches it: English words stemmed ("pixelation" and "pixel" are one), Chinese unspaced. */
function matchingForm(term: string): string {
  const normalized = normalize(term);
  return HAN.test(normalized)
    ? normalized.replace(/\s+/g, '')
    : normalized.split(' ').filter(Boolean).map(stem).join(' ');
}
