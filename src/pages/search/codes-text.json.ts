import type { APIRoute } from 'astro';
import { loadSiteData } from '../../site-data.ts';

/** What each error code means, by page path: the excerpt of a code's result, loaded when a query names a code. */
export const GET: APIRoute = async () => {
  const { errors } = await loadSiteData();
  const text = Object.fromEntries(errors.map((entry) => [entry.path, entry.code.meaning.replaceAll('`', '')]));
  return new Response(JSON.stringify(text), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
