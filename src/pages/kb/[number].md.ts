import type { APIRoute, GetStaticPaths } from 'astro';
import { absolute, loadSiteData, siteNumbers } from '../../site-data.ts';
import { articleMarkdown } from '../../lib/article-export.ts';

/** `/kb/1042.md`: the article as plain Markdown, for support tooling and AI assistants. */
export const getStaticPaths: GetStaticPaths = async () => {
  const { catalog } = await loadSiteData();
  return catalog.articles.map((article) => ({ params: { number: article.number }, props: { id: article.id } }));
};

export const GET: APIRoute = async ({ props }) => {
  const { catalog, entries } = await loadSiteData();
  const article = catalog.byId.get(props.id as string)!;
  const body = entries.get(article.id)?.body ?? '';
  return new Response(articleMarkdown(article, body, absolute(article.shortPath), siteNumbers()), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
};
