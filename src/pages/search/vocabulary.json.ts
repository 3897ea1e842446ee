import type { APIRoute } from 'astro';
import { loadSiteData } from '../../site-data.ts';
import { normalize } from '../../lib/search/query.ts';

/**
 * The words "Did you mean" corrects to: every English word of titles, summaries, tags,
 * keywords, glossary terms and error codes. Loaded only when a word finds nothing.
 */
export const GET: APIRoute = async () => {
  const { catalog, glossary, errors, trees } = await loadSiteData();
  const text = [
    ...catalog.articles.flatMap((article) => [
      article.data.title,
      article.data.summary,
      ...article.data.tags,
      ...article.data.keywords,
    ]),
    ...[...glossary.concepts.values()].flatMap((concept) => concept.en),
    ...errors.flatMap((entry) => [entry.code.code, entry.code.title]),
    ...trees.flatMap((tree) => [tree.data.title, tree.data.symptom]),
  ].join(' ');
  const words = [...new Set(normalize(text).split(' '))].filter((word) => /^[a-z][a-z0-9.+#-]{3,}$/.test(word)).sort();
  return new Response(JSON.stringify(words), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
