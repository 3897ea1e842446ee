import type { APIRoute } from 'astro';
import { absolute, loadSiteData } from '../site-data.ts';
import { errorShortPath } from '../lib/error-paths.ts';

/** `/errors.json`: every error code for tools (IDE plugins, support bots, log scanners). */
export const GET: APIRoute = async () => {
  const { errors } = await loadSiteData();
  const body = errors.map((entry) => ({
    api: entry.api,
    apiName: entry.apiName,
    code: entry.code.code,
    aliases: entry.code.aliases,
    messages: entry.code.messages,
    title: entry.code.title,
    meaning: entry.code.meaning,
    url: absolute(entry.path),
    shortUrl: absolute(errorShortPath(entry.slug)),
    articles: entry.code.articles,
  }));
  return new Response(JSON.stringify(body, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
