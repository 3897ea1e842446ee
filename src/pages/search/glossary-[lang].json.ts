import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../site-data.ts';

/**
 * The glossary for the search client (lib/search/query.ts plans queries with it), one
 * file per language: an English query loads only the English terms; a query with
 * Chinese in it loads both.
 */
export const getStaticPaths: GetStaticPaths = () => [{ params: { lang: 'en' } }, { params: { lang: 'zh' } }];

export const GET: APIRoute = async ({ params }) => {
  const { glossary } = await loadSiteData();
  const lang = params.lang as 'en' | 'zh';
  const concepts = [...glossary.concepts.values()]
    .filter((concept) => concept[lang].length > 0)
    .map((concept) => ({ id: concept.id, [lang]: concept[lang] }));
  return new Response(JSON.stringify(concepts), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
