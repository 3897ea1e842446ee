import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../site-data.ts';

/**
 * The glossary for the search client (lib/search/query.ts plans queries with it), one
 * file per language: an English query loads only the English terms, a Chinese one the
 * Chinese terms, a mixed one both. The Chinese file also names each concept's main
 * English term, so a Chinese query marks "echo" in an English page's excerpt.
 */
export const getStaticPaths: GetStaticPaths = () => [{ params: { lang: 'en' } }, { params: { lang: 'zh' } }];

export const GET: APIRoute = async ({ params }) => {
  const { glossary } = await loadSiteData();
  const lang = params.lang as 'en' | 'zh';
  const concepts = [...glossary.concepts.values()]
    .filter((concept) => concept[lang].length > 0)
    .map((concept) => ({
      ...(lang === 'en'
        ? { id: concept.id, en: concept.en }
        : { id: concept.id, zh: concept.zh, en: concept.en.slice(0, 1) }),
      // Ranking weighs symptoms and contexts (lib/search/rank.ts); topics, the default, are left out.
      ...(concept.kind === 'topic' ? {} : { kind: concept.kind }),
    }));
  return new Response(JSON.stringify(concepts), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
