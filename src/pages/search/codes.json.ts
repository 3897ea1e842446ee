import type { APIRoute } from 'astro';
import { loadSiteData } from '../../site-data.ts';
import type { CodeListApi } from '../../lib/search/codes.ts';

/**
 * Every error code's names, for the search client's exact-code lookup
 * (lib/search/codes.ts). What a matched code's result says is in codes-text.json,
 * loaded only when a query names a code.
 */
export const GET: APIRoute = async () => {
  const { errors } = await loadSiteData();
  const byApi = new Map<string, CodeListApi>();
  for (const entry of errors) {
    const api = byApi.get(entry.api) ?? { api: entry.api, name: entry.apiName, codes: [] };
    api.codes.push([entry.slug, entry.code.code, ...entry.code.aliases, ...entry.code.messages]);
    byApi.set(entry.api, api);
  }
  const pages = [...byApi.values()];
  return new Response(JSON.stringify(pages), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
